package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.PdfText;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case file as a PDF: the same content, masking, role checks and recusal as the printable
 * page, asked for with {@code ?format=pdf} or {@code Accept: application/pdf}.
 */
class CaseFilePdfIT {

    /** The Noto Sans CJK files the server embeds when one is there (PdfFonts.CANDIDATES, Linux). */
    private static final java.util.List<Path> NOTO = java.util.List.of(
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf"),
            Path.of("/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc"));

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void a_handler_downloads_the_case_file_as_a_pdf_with_the_phone_number_masked() throws Exception {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String number = file(phone, "不动产登记窗口工作人员态度生硬，材料清单前后不一致。");
        JsonObject c = Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance", Json.createObjectBuilder()
                .add("serviceStep", "不动产登记 - 材料审核").add("staffComplainedAbout", "8号窗口"));
        c = Staff.SUPERVISOR.step(c, "triage", Json.createObjectBuilder().add("urgency", "NORMAL").add("severity", "MEDIUM").add("major", false));
        c = Staff.SUPERVISOR.step(c, "assignment", Json.createObjectBuilder().add("departmentCode", "REAL_ESTATE")
                .add("handlerId", "sun.li").add("scope", "调取监控，与当事人谈话").add("standards", "客观公正"));
        c = Staff.SUN_LI.step(c, "sign-for");
        c = Staff.SUN_LI.step(c, "notes", Json.createObjectBuilder().add("kind", "INTERVIEW").add("text", "与8号窗口工作人员谈话"));
        Reply upload = Staff.SUN_LI.postBytes("/api/v1/cases/" + number + "/evidence?version="
                + c.getJsonNumber("version").longValue() + "&fileName=ticket.png&description=queue", png(), "image/png");
        assertEquals(200, upload.status(), upload.body());

        Staff.Download byParameter = Staff.SUN_LI.download("/api/v1/cases/" + number + "/file?format=pdf", "*/*");
        assertEquals(200, byParameter.status());
        assertTrue(byParameter.contentType().startsWith("application/pdf"), byParameter.contentType());
        assertTrue(byParameter.disposition().contains("case-file-" + number + ".pdf"), byParameter.disposition());
        assertTrue(PdfText.isPdf(byParameter.body()));
        Files.write(Files.createDirectories(Path.of("target", "documents")).resolve("case-file.pdf"), byParameter.body());

        String text = PdfText.of(byParameter.body());
        assertTrue(text.contains(number), text);
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        assertTrue(text.contains(masked), "the masked phone number is in the file: " + text);
        assertFalse(text.contains(phone), "a handler's copy never shows the whole phone number");
        assertTrue(text.contains("ticket.png"), "the evidence list names the file");
        assertTrue(text.contains("sun.li"), "the history names who signed for it");

        Staff.Download byAccept = Staff.SUN_LI.download("/api/v1/cases/" + number + "/file", "application/pdf");
        assertEquals(200, byAccept.status());
        assertTrue(PdfText.isPdf(byAccept.body()));

        Staff.Download page = Staff.SUN_LI.download("/api/v1/cases/" + number + "/file", "text/html");
        assertTrue(page.contentType().startsWith("text/html"), "the printable page stays the default");
    }

    @Test
    void with_a_cjk_font_on_the_server_the_chinese_text_is_embedded_and_reads_back() throws Exception {
        assumeTrue(NOTO.stream().anyMatch(Files::isReadable),
                "no Noto Sans CJK on this machine (.ci/run installs fonts-noto-cjk): the server falls back to the reader's"
                        + " STSong-Light, which is not embedded and cannot be read back");
        String number = file("139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)),
                "不动产登记窗口材料清单前后不一致。");
        JsonObject c = Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance", Json.createObjectBuilder()
                .add("serviceStep", "不动产登记"));
        c = Staff.SUPERVISOR.step(c, "triage", Json.createObjectBuilder().add("urgency", "NORMAL").add("severity", "MEDIUM").add("major", false));
        c = Staff.SUPERVISOR.step(c, "assignment", Json.createObjectBuilder().add("departmentCode", "REAL_ESTATE")
                .add("handlerId", "sun.li").add("scope", "调取监控").add("standards", "客观公正"));
        c = Staff.SUN_LI.step(c, "sign-for");
        Staff.SUN_LI.step(c, "notes", Json.createObjectBuilder().add("kind", "INTERVIEW").add("text", "与窗口工作人员谈话"));

        String text = PdfText.of(Staff.SUN_LI.download("/api/v1/cases/" + number + "/file?format=pdf", "*/*").body());
        assertTrue(text.contains("投诉案卷") && text.contains("材料清单前后不一致") && text.contains("调查笔录"),
                "Chinese text is embedded and can be read back: " + text);
    }

    @Test
    void the_staff_member_complained_about_and_citizens_get_no_pdf() {
        String number = file("139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), "张伟办理时推诿。");
        Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance", Json.createObjectBuilder()
                .add("serviceStep", "不动产登记").add("staffComplainedAbout", "张伟").add("staffComplainedAboutId", "zhang.wei"));

        assertEquals(403, Staff.ZHANG_WEI.download("/api/v1/cases/" + number + "/file?format=pdf", "*/*").status());
        Reply anonymous = Api.get("/api/v1/cases/" + number + "/file?format=pdf", "Accept", "application/pdf");
        assertEquals(401, anonymous.status());
        assertEquals(403, Staff.ADMIN.download("/api/v1/cases/" + number + "/file?format=pdf", "*/*").status());
        Staff.Download wrongFormat = Staff.SUPERVISOR.download("/api/v1/cases/" + number + "/file?format=docx", "*/*");
        assertEquals(400, wrongFormat.status());
        assertTrue(new String(wrongFormat.body(), java.nio.charset.StandardCharsets.UTF_8).contains("format"));
    }

    private static String file(String phone, String description) {
        // only a logged-in staff member may name the channel over the API
        Reply reply = Staff.RECEPTION.post("/api/v1/complaints", Json.createObjectBuilder().add("channel", "KIOSK")
                .add("categoryCode", "SERVICE_ATTITUDE").add("description", description).add("complainantPhone", phone)
                .build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("trackingNumber");
    }

    /** The smallest valid PNG: one transparent pixel. */
    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }
}
