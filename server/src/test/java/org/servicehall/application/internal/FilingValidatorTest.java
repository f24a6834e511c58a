package org.servicehall.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.UncheckedFiling;
import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.PhoneNumber;

class FilingValidatorTest {

    private static final Category ATTITUDE =
            new Category("SERVICE_ATTITUDE", "服务态度", "Service attitude", "user", 10, "basic");
    private static final Category WAITING =
            new Category("WAITING_TIME", "等候时间", "Waiting time", "clock", 20, "basic");

    /** A fixed catalog in memory. */
    private static final class FakeCatalog implements CategoryCatalog {
        private final Map<String, Category> byCode;

        FakeCatalog(Category... categories) {
            byCode = Arrays.stream(categories)
                    .collect(Collectors.toMap(Category::code, Function.identity()));
        }

        @Override
        public List<Category> all() {
            return List.copyOf(byCode.values());
        }

        @Override
        public Optional<Category> find(String code) {
            return Optional.ofNullable(byCode.get(code));
        }
    }

    private static final CategoryCatalog CATALOG = new FakeCatalog(ATTITUDE, WAITING);

    private static UncheckedFiling filing(String channel, String category, String description, String name,
                                  String phone, Boolean anonymous, String terminal, String key) {
        return new UncheckedFiling(channel, category, description, name, phone, anonymous, terminal, key);
    }

    private static UncheckedFiling valid() {
        return filing("KIOSK", "SERVICE_ATTITUDE", "The queue was not called.", "Li Lei", "13812345678",
                false, "kiosk-7", "key-0001-abcd");
    }

    private static List<FieldViolation> violationsOf(UncheckedFiling command) {
        return assertThrows(InvalidInputException.class, () -> FilingValidator.validate(command, CATALOG))
                .violations();
    }

    /** Asserts that the command is refused for exactly this one reason. */
    private static FieldViolation assertOnlyViolation(UncheckedFiling command, String field, String code) {
        List<FieldViolation> violations = violationsOf(command);
        assertEquals(1, violations.size(), violations::toString);
        FieldViolation violation = violations.get(0);
        assertEquals(field, violation.field());
        assertEquals(code, violation.code());
        return violation;
    }

    private static Set<String> fieldCodes(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.code()).collect(Collectors.toSet());
    }

    // --- the valid case

    @Test
    void a_valid_filing_passes() {
        CheckedFiling filing = FilingValidator.validate(valid(), CATALOG);

        assertEquals(Channel.KIOSK, filing.channel());
        assertEquals(ATTITUDE, filing.category());
        assertEquals("The queue was not called.", filing.description());
        assertFalse(filing.complainant().isAnonymous());
        assertEquals(Optional.of("Li Lei"), filing.complainant().name());
        assertEquals(Optional.of(new PhoneNumber("13812345678")), filing.complainant().phone());
        assertEquals("kiosk-7", filing.terminal());
        assertEquals("key-0001-abcd", filing.idempotencyKey());
    }

    @Test
    void a_valid_filing_yields_the_trimmed_values() {
        UncheckedFiling command = filing(" WINDOW ", " WAITING_TIME ", "\n  Waited two hours.  \t", "  Li Lei ",
                " 138 1234 5678 ", false, " window-3 ", "  key-0001-abcd  ");

        CheckedFiling filing = FilingValidator.validate(command, CATALOG);

        assertEquals(Channel.WINDOW, filing.channel());
        assertEquals(WAITING, filing.category());
        assertEquals("Waited two hours.", filing.description());
        assertEquals(Optional.of("Li Lei"), filing.complainant().name());
        assertEquals(Optional.of(new PhoneNumber("13812345678")), filing.complainant().phone());
        assertEquals("window-3", filing.terminal());
        assertEquals("key-0001-abcd", filing.idempotencyKey());
    }

    @Test
    void the_terminal_defaults_to_the_channel_code_when_absent() {
        UncheckedFiling withoutTerminal = filing("WECHAT", "SERVICE_ATTITUDE", "text", null, "13812345678",
                false, null, null);
        UncheckedFiling blankTerminal = filing("WECHAT", "SERVICE_ATTITUDE", "text", null, "13812345678",
                false, "   ", null);

        assertEquals("WECHAT", FilingValidator.validate(withoutTerminal, CATALOG).terminal());
        assertEquals("WECHAT", FilingValidator.validate(blankTerminal, CATALOG).terminal());
    }

    @Test
    void a_missing_or_blank_idempotency_key_yields_none() {
        UncheckedFiling withoutKey = filing("KIOSK", "SERVICE_ATTITUDE", "text", null, "13812345678",
                false, "kiosk-7", "  ");
        assertNull(FilingValidator.validate(withoutKey, CATALOG).idempotencyKey());
    }

    @Test
    void a_landline_with_dash_is_accepted() {
        UncheckedFiling command = filing("PHONE_HOTLINE", "SERVICE_ATTITUDE", "text", null, "010-12345678",
                false, null, null);
        assertEquals(Optional.of(new PhoneNumber("010-12345678")),
                FilingValidator.validate(command, CATALOG).complainant().phone());
    }

    @Test
    void a_filing_without_name_is_valid_when_a_phone_is_given() {
        UncheckedFiling command = filing("KIOSK", "SERVICE_ATTITUDE", "text", "  ", "13812345678", null, null, null);
        CheckedFiling filing = FilingValidator.validate(command, CATALOG);
        assertTrue(filing.complainant().name().isEmpty());
        assertFalse(filing.complainant().isAnonymous());
    }

    @Test
    void an_anonymous_filing_carries_no_name_and_no_phone() {
        UncheckedFiling command = filing("KIOSK", "SERVICE_ATTITUDE", "text", null, null, true, null, null);
        CheckedFiling filing = FilingValidator.validate(command, CATALOG);
        assertTrue(filing.complainant().isAnonymous());
        assertTrue(filing.complainant().name().isEmpty());
        assertTrue(filing.complainant().phone().isEmpty());
    }

    @Test
    void blank_name_and_phone_are_no_problem_for_an_anonymous_filing() {
        UncheckedFiling command = filing("KIOSK", "SERVICE_ATTITUDE", "text", " ", "\t", true, null, null);
        assertTrue(FilingValidator.validate(command, CATALOG).complainant().isAnonymous());
    }

    @Test
    void newlines_and_tabs_are_allowed_in_the_description() {
        UncheckedFiling command = filing("KIOSK", "SERVICE_ATTITUDE", "line one\r\n\tline two", null, "13812345678",
                false, null, null);
        assertEquals("line one\r\n\tline two", FilingValidator.validate(command, CATALOG).description());
    }

    @Test
    void a_description_of_exactly_2000_characters_is_accepted() {
        String text = "x".repeat(2000);
        UncheckedFiling command = filing("KIOSK", "SERVICE_ATTITUDE", text, null, "13812345678", false, null, null);
        assertEquals(text, FilingValidator.validate(command, CATALOG).description());
    }

    // --- channel

    @Test
    void a_missing_channel_is_required() {
        for (String channel : new String[] {null, "", "   "}) {
            assertOnlyViolation(filing(channel, "SERVICE_ATTITUDE", "text", null, "13812345678", false, null, null),
                    "channel", "required");
        }
    }

    @Test
    void a_channel_that_is_not_built_in_is_unknown() {
        for (String channel : new String[] {"FAX", "kiosk", "K!OSK"}) {
            assertOnlyViolation(filing(channel, "SERVICE_ATTITUDE", "text", null, "13812345678", false, null, null),
                    "channel", "unknown");
        }
    }

    // --- category

    @Test
    void a_missing_category_is_required() {
        for (String category : new String[] {null, "", "  "}) {
            assertOnlyViolation(filing("KIOSK", category, "text", null, "13812345678", false, null, null),
                    "categoryCode", "required");
        }
    }

    @Test
    void a_category_not_in_the_catalog_is_unknown() {
        assertOnlyViolation(filing("KIOSK", "PARKING", "text", null, "13812345678", false, null, null),
                "categoryCode", "unknown");
        assertOnlyViolation(filing("KIOSK", "service_attitude", "text", null, "13812345678", false, null, null),
                "categoryCode", "unknown");
    }

    // --- description

    @Test
    void a_missing_description_is_required() {
        for (String description : new String[] {null, "", " \n\t "}) {
            assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", description, null, "13812345678", false, null,
                    null), "description", "required");
        }
    }

    @Test
    void a_description_over_2000_characters_is_too_long_with_limit_and_actual_length() {
        UncheckedFiling command = filing("KIOSK", "SERVICE_ATTITUDE", "x".repeat(2345), null, "13812345678", false,
                null, null);
        FieldViolation violation = assertOnlyViolation(command, "description", "tooLong");
        assertEquals(List.of(2000, 2345), violation.args());
    }

    @Test
    void a_filing_from_an_outside_system_may_be_longer_and_give_an_international_phone() {
        UncheckedFiling command = filing("OPEN311", "SERVICE_ATTITUDE", "x".repeat(6000), "Li Lei", "+44 20 7946 0000",
                false, null, null);
        CheckedFiling valid = FilingValidator.validateFromOutside(command, CATALOG, LocalDate.now(), c -> true);
        assertEquals(6000, valid.description().length());
        assertEquals("+442079460000", valid.complainant().phone().orElseThrow().value());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> FilingValidator.validateFromOutside(
                filing("OPEN311", "SERVICE_ATTITUDE", "x".repeat(6001), null, "13812345678", false, null, null),
                CATALOG, LocalDate.now(), c -> true));
        assertEquals(List.of(6000, 6001), tooLong.violations().get(0).args());
        assertEquals("invalid", violationsOf(filing("KIOSK", "SERVICE_ATTITUDE", "x", null, "+44 20 7946 0000", false, null,
                null)).get(0).code(), "the hall's own forms keep Chinese numbers");
    }

    @Test
    void the_length_of_a_description_is_counted_after_stripping() {
        UncheckedFiling command = filing("KIOSK", "SERVICE_ATTITUDE", "  " + "x".repeat(2001) + "  ", null,
                "13812345678", false, null, null);
        FieldViolation violation = assertOnlyViolation(command, "description", "tooLong");
        assertEquals(List.of(2000, 2001), violation.args());
    }

    @Test
    void a_description_with_control_characters_is_invalid() {
        for (String description : new String[] {"bell \u0007 here", "nul \u0000 here", "esc \u001b[31m"}) {
            assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", description, null, "13812345678", false, null,
                    null), "description", "invalid");
        }
    }

    // --- complainant phone

    @Test
    void a_phone_is_required_when_not_anonymous() {
        assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", "text", "Li Lei", null, false, null, null),
                "complainantPhone", "required");
        assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", "text", "Li Lei", "  ", false, null, null),
                "complainantPhone", "required");
    }

    @Test
    void a_phone_is_required_when_anonymous_is_not_given() {
        assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", "text", null, null, null, null, null),
                "complainantPhone", "required");
    }

    @Test
    void a_phone_that_is_no_phone_number_is_invalid() {
        for (String phone : new String[] {"12345", "1381234567x", "+86 138 1234 5678", "call me"}) {
            assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", "text", null, phone, false, null, null),
                    "complainantPhone", "invalid");
        }
    }

    @Test
    void a_phone_is_not_allowed_when_anonymous() {
        assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", "text", null, "13812345678", true, null, null),
                "complainantPhone", "notAllowed");
        // even an invalid one: the point is that nothing may be given
        assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", "text", null, "garbage", true, null, null),
                "complainantPhone", "notAllowed");
    }

    // --- complainant name

    @Test
    void a_name_over_50_characters_is_too_long() {
        FieldViolation violation = assertOnlyViolation(
                filing("KIOSK", "SERVICE_ATTITUDE", "text", "n".repeat(51), "13812345678", false, null, null),
                "complainantName", "tooLong");
        assertEquals(List.of(50), violation.args());
    }

    @Test
    void a_name_of_50_characters_is_accepted() {
        UncheckedFiling command = filing("KIOSK", "SERVICE_ATTITUDE", "text", "n".repeat(50), "13812345678", false,
                null, null);
        assertEquals(Optional.of("n".repeat(50)), FilingValidator.validate(command, CATALOG).complainant().name());
    }

    @Test
    void a_name_is_not_allowed_when_anonymous() {
        assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", "text", "Li Lei", null, true, null, null),
                "complainantName", "notAllowed");
    }

    @Test
    void a_name_with_control_characters_is_invalid() {
        assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", "text", "Li\u0007Lei", "13812345678", false, null,
                null), "complainantName", "invalid");
    }

    // --- terminal and idempotency key

    @Test
    void a_terminal_with_forbidden_characters_or_too_long_is_invalid() {
        for (String terminal : new String[] {"kiosk 7", "kiosk/7", "终端7", "t".repeat(41)}) {
            assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", "text", null, "13812345678", false, terminal,
                    null), "terminal", "invalid");
        }
    }

    @Test
    void a_terminal_of_40_allowed_characters_is_accepted() {
        String terminal = "Kiosk_1.a-" + "t".repeat(30);
        UncheckedFiling command = filing("KIOSK", "SERVICE_ATTITUDE", "text", null, "13812345678", false, terminal,
                null);
        assertEquals(terminal, FilingValidator.validate(command, CATALOG).terminal());
    }

    @Test
    void an_idempotency_key_too_short_too_long_or_with_forbidden_characters_is_invalid() {
        for (String key : new String[] {"short", "k".repeat(65), "key with blanks", "key/0001/abcd"}) {
            assertOnlyViolation(filing("KIOSK", "SERVICE_ATTITUDE", "text", null, "13812345678", false, null, key),
                    "idempotencyKey", "invalid");
        }
    }

    @Test
    void an_idempotency_key_of_8_to_64_allowed_characters_is_accepted() {
        for (String key : new String[] {"abcd1234", "k".repeat(64), "urn:uuid:0f8e-4a1b.x_y"}) {
            UncheckedFiling command = filing("KIOSK", "SERVICE_ATTITUDE", "text", null, "13812345678", false, null,
                    key);
            assertEquals(key, FilingValidator.validate(command, CATALOG).idempotencyKey());
        }
    }

    // --- all at once

    @Test
    void every_violation_is_reported_at_once() {
        UncheckedFiling command = filing("FAX", null, "x".repeat(2001), "n".repeat(51), "12345", false,
                "kiosk 7", "short");

        assertEquals(Set.of("channel unknown", "categoryCode required", "description tooLong",
                        "complainantName tooLong", "complainantPhone invalid", "terminal invalid",
                        "idempotencyKey invalid"),
                fieldCodes(violationsOf(command)));
    }

    @Test
    void every_violation_of_an_anonymous_filing_is_reported_at_once() {
        UncheckedFiling command = filing(" ", "PARKING", "ctrl \u0007", "Li Lei", "13812345678", true,
                "t".repeat(41), "k".repeat(65));

        List<FieldViolation> violations = violationsOf(command);

        assertEquals(Set.of("channel required", "categoryCode unknown", "description invalid",
                        "complainantName notAllowed", "complainantPhone notAllowed", "terminal invalid",
                        "idempotencyKey invalid"),
                fieldCodes(violations));
        assertEquals(7, violations.size());
    }

    @Test
    void the_exception_message_names_the_fields() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> FilingValidator.validate(
                filing(null, null, "text", null, "13812345678", false, null, null), CATALOG));
        assertTrue(error.getMessage().contains("channel required"), error.getMessage());
        assertTrue(error.getMessage().contains("categoryCode required"), error.getMessage());
    }
}
