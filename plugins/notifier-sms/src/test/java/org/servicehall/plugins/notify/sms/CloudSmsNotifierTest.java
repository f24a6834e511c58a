package org.servicehall.plugins.notify.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.MessageKinds;
import org.servicehall.plugin.api.notify.Recipient;

/** The notifier against a cloud SMS gateway on a local port that checks the signature. */
class CloudSmsNotifierTest {

    private static final String PHONE = "13800138000";

    private FakeCloudSmsGateway gateway;
    private RecordingContext context;
    private SmsNotifier notifier;

    @BeforeEach
    void start() throws Exception {
        gateway = new FakeCloudSmsGateway();
        context = new RecordingContext().set("transport", "http").set("endpoint", gateway.endpoint())
                .set("accessKeyId", FakeCloudSmsGateway.ACCESS_KEY_ID).set("accessKeySecret", FakeCloudSmsGateway.SECRET)
                .set("signName", "【某某市政务服务中心】")
                .set("templates", "FILED=SMS_100001, RESULT=SMS_100003,ALERT_SUPERVISOR=SMS_200002");
        notifier = new SmsNotifier(context);
    }

    @AfterEach
    void stop() {
        notifier.deactivate();
        gateway.close();
    }

    @Test
    void the_kinds_template_and_the_messages_parameters_arrive_signed_with_the_outbox_id() throws Exception {
        notifier.send(filed(31));

        assertEquals(1, gateway.accepted.size());
        Map<String, String> request = gateway.accepted.get(0);
        assertEquals("SendSms", request.get("Action"));
        assertEquals("2017-05-25", request.get("Version"));
        assertEquals(PHONE, request.get("PhoneNumbers"));
        assertEquals("某某市政务服务中心", request.get("SignName"));
        assertEquals("SMS_100001", request.get("TemplateCode"));
        assertEquals("{\"queryCode\":\"482913\",\"statusUrl\":\"https://hall.example.gov.cn/public/s/TS-20261128-00042\","
                + "\"trackingNumber\":\"TS-20261128-00042\"}", request.get("TemplateParam"));
        assertEquals("31", request.get("OutId"));
        assertEquals("HMAC-SHA1", request.get("SignatureMethod"));
    }

    @Test
    void during_an_outage_a_send_throws_and_the_retry_afterwards_is_sent_once() throws Exception {
        gateway.down = true;
        SmsNotSentException outage = assertThrows(SmsNotSentException.class, () -> notifier.send(filed(32)));
        assertEquals("the cloud SMS gateway answered HTTP 500", outage.getMessage());
        assertEquals(List.of(), gateway.accepted);

        gateway.down = false;
        notifier.send(filed(32)); // the outbox's retry
        notifier.send(filed(32)); // one more after the host stopped waiting for the last
        assertEquals(1, gateway.accepted.size());
        assertEquals("32", gateway.accepted.get(0).get("OutId"));
    }

    @Test
    void a_kind_without_a_template_stays_queued_with_an_error_naming_the_kind() {
        Message signedFor = new Message(33, Recipient.complainant("TS-1", PHONE), MessageKinds.SIGNED_FOR,
                LocalizedText.of("已签收", "Signed for"), LocalizedText.of("您的投诉已由承办部门签收。", "Signed for."),
                "TS-1", Map.of(), false);

        SmsNotSentException e = assertThrows(SmsNotSentException.class, () -> notifier.send(signedFor));
        assertTrue(e.getMessage().startsWith("no SMS template for message kind SIGNED_FOR in the setting templates"),
                e.getMessage());
        assertEquals(List.of(), gateway.accepted);
    }

    @Test
    void a_wrong_secret_or_a_refusal_of_the_gateway_throws_with_its_code_and_no_phone_number() {
        context.set("accessKeySecret", "not-the-secret");
        SmsNotSentException e = assertThrows(SmsNotSentException.class, () -> notifier.send(filed(34)));
        assertTrue(e.getMessage().startsWith("the cloud SMS gateway answered HTTP 400 (SignatureDoesNotMatch: "),
                e.getMessage());

        context.set("accessKeySecret", FakeCloudSmsGateway.SECRET);
        gateway.refuseWithCode = "isv.BUSINESS_LIMIT_CONTROL";
        e = assertThrows(SmsNotSentException.class, () -> notifier.send(filed(34)));
        assertEquals("the cloud SMS gateway answered HTTP 200 (isv.BUSINESS_LIMIT_CONTROL: 触发小时级流控Permits:5)",
                e.getMessage());
        assertFalse(e.getMessage().contains(PHONE));
        assertEquals(List.of(), gateway.accepted);
    }

    @Test
    void an_unreachable_gateway_throws_naming_it() throws Exception {
        String endpoint = gateway.endpoint();
        gateway.close();
        SmsNotSentException e = assertThrows(SmsNotSentException.class, () -> notifier.send(filed(35)));
        assertTrue(e.getMessage().startsWith("the cloud SMS gateway at " + endpoint + " cannot be reached"),
                e.getMessage());
    }

    @Test
    void a_role_gets_the_template_on_each_listed_phone() throws Exception {
        context.set("staffPhones", "SUPERVISOR=13800000001,SUPERVISOR=+85291234567");
        notifier.send(new Message(36, Recipient.role("SUPERVISOR"), MessageKinds.ALERT_SUPERVISOR,
                LocalizedText.of("超期", "Overdue"), LocalizedText.of("投诉已超期。", "Overdue."), "TS-1",
                Map.of("trackingNumber", "TS-1"), true));
        assertEquals(List.of("13800000001", "85291234567"),
                gateway.accepted.stream().map(r -> r.get("PhoneNumbers")).toList());
        assertTrue(gateway.accepted.stream().allMatch(r -> "SMS_200002".equals(r.get("TemplateCode"))));
    }

    private static Message filed(long id) {
        return new Message(id, Recipient.complainant("TS-20261128-00042", PHONE), MessageKinds.FILED,
                LocalizedText.of("投诉已受理", "Complaint received"),
                LocalizedText.of("您的投诉已受理，受理编号TS-20261128-00042，查询码482913。", "Received."),
                "TS-20261128-00042", Map.of("trackingNumber", "TS-20261128-00042", "queryCode", "482913",
                        "statusUrl", "https://hall.example.gov.cn/public/s/TS-20261128-00042"), false);
    }
}
