package org.servicehall.plugins.channel.wechat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;

/**
 * What the account answers a follower, in Chinese: a complaint keyword with text files at once; a
 * keyword alone starts a guided exchange (category by number, then the description); a tracking
 * number is answered with its status; anything else with the help text.
 */
final class Dialogue {

    /** The longest description the hall files. */
    static final int DESCRIPTION_MAX_CHARS = 2000;

    private static final Pattern PICK = Pattern.compile("\\s*(\\d{1,3})\\s*[.、。．]?\\s*");
    private static final Set<String> CANCEL = Set.of("取消", "退出", "cancel", "q");

    private final Conversations conversations;

    Dialogue(Conversations conversations) {
        this.conversations = conversations;
    }

    /** The reply to a pushed message; empty: no reply ({@code success}). */
    Optional<String> answer(WechatXml.Message message, ChannelContext context, Settings settings) {
        String type = message.type().toLowerCase(Locale.ROOT);
        if (type.equals("event")) {
            String event = message.event().orElse("").toLowerCase(Locale.ROOT);
            return event.equals("subscribe") ? Optional.of(welcome(settings)) : Optional.empty();
        }
        if (!type.equals("text")) {
            return Optional.of(Texts.NOT_TEXT + "\n" + help(settings));
        }
        return Optional.of(ReplyLength.fit(text(message, context, settings)));
    }

    private String text(WechatXml.Message message, ChannelContext context, Settings settings) {
        String openid = message.fromUser();
        String content = message.content();
        Instant now = context.now();
        Optional<Conversations.State> state = conversations.current(openid, now, settings.dialogueTimeout());
        Optional<String> keywordRest = Keywords.afterKeyword(content, settings.keywords());

        if (state.isPresent() && CANCEL.contains(content.toLowerCase(Locale.ROOT))) {
            conversations.end(openid);
            return Texts.CANCELLED;
        }
        // an exchange ends only after filing returned: if the hall fails, the platform's retry finds it still open
        if (keywordRest.isPresent() && !keywordRest.get().isEmpty()) {
            // in the middle of the exchange, "投诉 …" is the description for the category already chosen
            String chosen = state.filter(st -> st.step() == Conversations.Step.DESCRIBE)
                    .map(Conversations.State::categoryCode).orElse(null);
            String reply = file(message, keywordRest.get(), chosen, context, settings);
            conversations.end(openid);
            return reply;
        }
        if (keywordRest.isPresent()) {
            return startExchange(openid, context, settings);
        }
        if (state.isPresent() && state.get().step() == Conversations.Step.DESCRIBE) {
            if (content.isEmpty()) {
                return Texts.describe(state.get().categoryLabel());
            }
            String reply = file(message, content, state.get().categoryCode(), context, settings);
            conversations.end(openid);
            return reply;
        }
        if (state.isPresent()) {
            return pick(openid, content, context, settings);
        }
        Optional<String> number = TextScan.trackingNumber(content);
        if (number.isPresent()) {
            return FollowerStatus.of(number.get(), openid, context);
        }
        return help(settings);
    }

    private String startExchange(String openid, ChannelContext context, Settings settings) {
        List<ChannelCategory> categories = context.categories();
        if (categories.isEmpty()) {
            return Texts.UNAVAILABLE;
        }
        if (!conversations.put(openid, new Conversations.State(Conversations.Step.CHOOSE_CATEGORY, null, null,
                context.now()), settings.dialogueTimeout())) {
            return Texts.BUSY + "\n" + help(settings);
        }
        return Texts.chooseCategory(categories);
    }

    private String pick(String openid, String content, ChannelContext context, Settings settings) {
        List<ChannelCategory> categories = context.categories();
        if (categories.isEmpty()) {
            conversations.end(openid);
            return Texts.UNAVAILABLE;
        }
        Matcher m = PICK.matcher(content);
        int index = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        if (index < 1 || index > categories.size()) {
            conversations.put(openid, new Conversations.State(Conversations.Step.CHOOSE_CATEGORY, null, null,
                    context.now()), settings.dialogueTimeout());
            return Texts.pickAgain(categories);
        }
        ChannelCategory chosen = categories.get(index - 1);
        conversations.put(openid, new Conversations.State(Conversations.Step.DESCRIBE, chosen.code(),
                chosen.label().zh(), context.now()), settings.dialogueTimeout());
        return Texts.describe(chosen.label().zh());
    }

    /** Files the text under the chosen category, or the one its words map to. */
    private String file(WechatXml.Message message, String text, String chosenCategory, ChannelContext context,
                        Settings settings) {
        Optional<String> msgId = message.msgId();
        if (msgId.isEmpty()) {
            return Texts.UNAVAILABLE;
        }
        List<ChannelCategory> categories = context.categories();
        Set<String> offered = categories.stream().map(ChannelCategory::code).collect(Collectors.toSet());
        String category = chosenCategory != null && offered.contains(chosenCategory) ? chosenCategory
                : CategoryChoice.of(text, settings, offered, categories).orElse(null);
        if (category == null) {
            return Texts.UNAVAILABLE;
        }
        String description = text.length() > DESCRIPTION_MAX_CHARS ? text.substring(0, DESCRIPTION_MAX_CHARS) : text;
        Registration.Builder registration = Registration.builder(ExternalIds.of(msgId.get(), message.fromUser()))
                .category(category).description(description);
        TextScan.phone(text).ifPresent(registration::contactPhone);
        Registered registered;
        try {
            registered = context.register(registration.build());
        } catch (InvalidRegistrationException e) {
            return Texts.REFUSED;
        }
        return Texts.filed(registered.trackingNumber(), registered.queryCode().orElse(null));
    }

    private static String welcome(Settings settings) {
        return Texts.WELCOME + "\n" + help(settings);
    }

    private static String help(Settings settings) {
        // the first Chinese keyword, as followers type it
        return Texts.help(settings.keywords().stream().filter(k -> k.codePoints().anyMatch(c -> c > 0x7f))
                .findFirst().orElse(settings.keywords().get(0)));
    }
}
