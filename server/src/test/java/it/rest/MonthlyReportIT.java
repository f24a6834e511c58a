package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.PdfText;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The supervisor's monthly report as a PDF, with the figures the statistics give for the month. */
class MonthlyReportIT {

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void the_monthly_report_names_the_month_and_carries_the_month_s_counts() throws Exception {
        String last = null;
        for (int i = 0; i < 3; i++) {
            last = Api.fileAnonymously("FACILITIES_ENVIRONMENT", "月报测试：大厅座椅不够 " + i);
        }
        // the month they were received in, by the hall's calendar (the number carries the hall's day),
        // whichever side of the hall's month end this test runs
        YearMonth month = YearMonth.parse(last.substring(3, 9), java.time.format.DateTimeFormatter.ofPattern("yyyyMM"));
        JsonObject figures = Staff.SUPERVISOR.get("/api/v1/statistics?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth()).json();
        long total = figures.getJsonNumber("total").longValue();
        // filed over the public API just now: channel WEBSITE
        long website = figures.getJsonObject("byChannel").getJsonNumber("WEBSITE").longValue();
        assertTrue(total >= 3 && website >= 3, figures.toString());

        Staff.Download report = Staff.SUPERVISOR.download("/api/v1/statistics/monthly-report?month=" + month, "application/pdf");
        assertEquals(200, report.status());
        assertTrue(PdfText.isPdf(report.body()));
        assertTrue(report.disposition().contains("monthly-report-" + month + ".pdf"), report.disposition());
        Files.write(Files.createDirectories(Path.of("target", "documents")).resolve("monthly-report-zh.pdf"), report.body());
        String text = PdfText.of(report.body());
        assertTrue(text.contains(month.getYear() + "年" + month.getMonthValue() + "月"), "the month is named: " + text);
        assertTrue(text.contains(month.atDay(1) + " – " + month.atEndOfMonth()), "and its days: " + text);
        assertTrue(Pattern.compile("本月受理\\s*" + total + "\\b").matcher(text).find(), "the month's total " + total + ": " + text);
        assertTrue(Pattern.compile("网站\\s*" + website + "\\b").matcher(text).find(), "website intake " + website + ": " + text);
        assertTrue(text.contains("赵敏"), "who produced it");
        for (String heading : new String[] {"受理渠道", "投诉类别", "各环节按时办结率", "满意度", "主要原因", "涉及部门", "整改措施"}) {
            assertTrue(text.contains(heading), heading + " in " + text);
        }

        Staff.Download english = Staff.SUPERVISOR.download("/api/v1/statistics/monthly-report?month=" + month + "&lang=en", "*/*");
        Files.write(Path.of("target", "documents", "monthly-report-en.pdf"), english.body());
        String englishText = PdfText.of(english.body());
        assertTrue(englishText.contains("Monthly complaint report")
                && englishText.contains(month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                        + " " + month.getYear()), englishText);
        assertTrue(Pattern.compile("Received this month\\s*" + total + "\\b").matcher(englishText).find(), englishText);
    }

    @Test
    void only_a_supervisor_gets_it_and_the_month_must_be_one_that_has_been() {
        YearMonth month = TestServer.hallMonth();
        assertEquals(403, Staff.SUN_LI.download("/api/v1/statistics/monthly-report?month=" + month, "*/*").status());
        assertEquals(403, Staff.RECEPTION.download("/api/v1/statistics/monthly-report?month=" + month, "*/*").status());
        assertEquals(401, Api.get("/api/v1/statistics/monthly-report?month=" + month, "Accept", "application/pdf").status());
        Staff.Download wrong = Staff.SUPERVISOR.download("/api/v1/statistics/monthly-report?month=2026-13", "*/*");
        assertEquals(400, wrong.status());
        Staff.Download future = Staff.SUPERVISOR.download("/api/v1/statistics/monthly-report?month="
                + TestServer.hallMonth().plusMonths(2), "*/*");
        assertEquals(400, future.status());
        assertTrue(new String(future.body(), java.nio.charset.StandardCharsets.UTF_8).contains("本月"), "says which months may be chosen");
        Staff.Download missing = Staff.SUPERVISOR.download("/api/v1/statistics/monthly-report", "*/*");
        assertEquals(400, missing.status());
        assertTrue(Json.createReader(new java.io.StringReader(new String(missing.body(), java.nio.charset.StandardCharsets.UTF_8)))
                .readObject().toString().contains("month"));
    }
}
