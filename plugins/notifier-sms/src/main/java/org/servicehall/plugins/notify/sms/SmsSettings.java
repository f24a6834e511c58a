package org.servicehall.plugins.notify.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.common.SettingSpec.Type;
import org.servicehall.plugin.api.notify.MessageKinds;
import org.servicehall.plugin.api.notify.NotifierContext;

/**
 * The notifier's settings ({@code servicehall.notifier.sms.<key>}), as declared to the plugin screen
 * and as read at each send, so that a change applies to the next message without a restart. The
 * password and the access key secret are {@link Type#SECRET}: read here, handed to the gateway,
 * never logged (nor is {@link #toString()} showing them).
 */
record SmsSettings(Transport transport, String host, int port, String systemId, String password, String sourceAddress,
                   String endpoint, String accessKeyId, String accessKeySecret, String signName,
                   Map<String, String> templates, int throughputPerSecond, Map<String, List<String>> staffPhones,
                   String optOutText, Duration timeout) {

    /** How messages leave the hall. */
    enum Transport {
        /** SMPP 3.4 to an SMS centre or aggregator. */
        SMPP,
        /** A cloud SMS service's signed HTTP API with approved templates. */
        HTTP
    }

    static final String TRANSPORT = "transport";
    static final String HOST = "host";
    static final String PORT = "port";
    static final String SYSTEM_ID = "systemId";
    static final String PASSWORD = "password";
    static final String SOURCE_ADDRESS = "sourceAddress";
    static final String ENDPOINT = "endpoint";
    static final String ACCESS_KEY_ID = "accessKeyId";
    static final String ACCESS_KEY_SECRET = "accessKeySecret";
    static final String SIGN_NAME = "signName";
    static final String TEMPLATES = "templates";
    static final String THROUGHPUT = "throughputPerSecond";
    static final String STAFF_PHONES = "staffPhones";
    static final String OPT_OUT_TEXT = "optOutText";
    static final String TIMEOUT = "timeoutMillis";

    static final int DEFAULT_PORT = 2775;
    static final String DEFAULT_SIGN_NAME = "【政务服务中心】";
    static final int DEFAULT_THROUGHPUT = 10;
    static final String DEFAULT_OPT_OUT = "回复TD退订";
    static final int DEFAULT_TIMEOUT_MILLIS = 5000;

    /** Reads every setting through the host, each falling back to its declared default. */
    static SmsSettings read(NotifierContext context, String notifierId) {
        SettingsReader r = new SettingsReader(context, notifierId);
        return new SmsSettings(transport(r.text(TRANSPORT, "")), r.text(HOST, ""), r.number(PORT, DEFAULT_PORT),
                r.text(SYSTEM_ID, ""), r.raw(PASSWORD), r.text(SOURCE_ADDRESS, ""), r.text(ENDPOINT, ""),
                r.text(ACCESS_KEY_ID, ""), r.raw(ACCESS_KEY_SECRET), r.text(SIGN_NAME, DEFAULT_SIGN_NAME),
                SettingLists.pairs(r.text(TEMPLATES, "")), r.number(THROUGHPUT, DEFAULT_THROUGHPUT),
                SettingLists.staffPhones(r.text(STAFF_PHONES, "")), r.text(OPT_OUT_TEXT, DEFAULT_OPT_OUT),
                Duration.ofMillis(r.number(TIMEOUT, DEFAULT_TIMEOUT_MILLIS)));
    }

    /**
     * The settings the chosen transport cannot work without, by key, that have no value; empty when
     * the notifier can send (also when no transport is chosen: {@code transport} is then missing).
     */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (transport == null) {
            missing.add(TRANSPORT);
        } else if (transport == Transport.SMPP) {
            addIfEmpty(missing, HOST, host);
            addIfEmpty(missing, SYSTEM_ID, systemId);
            addIfEmpty(missing, PASSWORD, password);
        } else {
            addIfEmpty(missing, ENDPOINT, endpoint);
            addIfEmpty(missing, ACCESS_KEY_ID, accessKeyId);
            addIfEmpty(missing, ACCESS_KEY_SECRET, accessKeySecret);
        }
        return missing;
    }

    /** The sign name without the brackets: a cloud gateway wants the approved name alone. */
    String bareSignName() {
        return signName.replace("【", "").replace("】", "").strip();
    }

    /** The sign name as a text message of an SMS centre starts: 【name】, or nothing when none is set. */
    String bracketedSignName() {
        String bare = bareSignName();
        return bare.isEmpty() ? "" : "【" + bare + "】";
    }

    /** Phone numbers of a user name or role from {@code staffPhones}, matched ignoring case. */
    List<String> phonesOf(String userOrRole) {
        return staffPhones.getOrDefault(userOrRole.toLowerCase(Locale.ROOT), List.of());
    }

    /** Never the secrets, nor the phone numbers. */
    @Override
    public String toString() {
        return "SmsSettings[" + transport + ", " + (transport == Transport.HTTP ? endpoint : host + ":" + port)
                + ", " + throughputPerSecond + "/s]";
    }

    private static void addIfEmpty(List<String> missing, String key, String value) {
        if (value.isBlank()) {
            missing.add(key);
        }
    }

    private static Transport transport(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "smpp" -> Transport.SMPP;
            case "http" -> Transport.HTTP;
            default -> null;
        };
    }

    static List<SettingSpec> specs() {
        return List.of(
                SettingSpec.required(TRANSPORT, Type.TEXT, LocalizedText.of("发送方式", "Transport"),
                        LocalizedText.of("smpp：通过 SMPP 3.4 连接短信中心或短信服务商；http：通过云短信服务的签名接口按已审核模板发送。未设置时不发送短信。",
                                "smpp: SMPP 3.4 to an SMS centre or aggregator; http: a cloud SMS service's signed API with approved "
                                        + "templates. While empty no SMS is sent.")),
                spec(HOST, Type.TEXT, "", "SMPP 服务器地址", "SMPP host",
                        "短信中心（SMSC）或服务商的 SMPP 地址；发送方式为 smpp 时必填。",
                        "The SMPP address of the SMS centre (SMSC) or aggregator; needed with transport smpp."),
                spec(PORT, Type.NUMBER, Integer.toString(DEFAULT_PORT), "SMPP 端口", "SMPP port",
                        "SMPP 服务器的端口。", "The port of the SMPP server."),
                spec(SYSTEM_ID, Type.TEXT, "", "SMPP 账号（system_id）", "SMPP account (system_id)",
                        "服务商分配的 SMPP 登录账号；发送方式为 smpp 时必填。",
                        "The SMPP login the aggregator assigned; needed with transport smpp."),
                spec(PASSWORD, Type.SECRET, "", "SMPP 密码", "SMPP password",
                        "SMPP 登录密码；保存后不再显示。发送方式为 smpp 时必填。",
                        "The SMPP password; never shown again once saved. Needed with transport smpp."),
                spec(SOURCE_ADDRESS, Type.TEXT, "", "发送号码（源地址）", "Sender number (source address)",
                        "短信显示的发送号码，如 106900001234；留空时由短信中心填写。",
                        "The number messages come from, e.g. 106900001234; empty: the SMS centre sets it."),
                spec(ENDPOINT, Type.TEXT, "", "云短信接口地址", "Cloud SMS endpoint",
                        "云短信服务的接口地址，如 https://dysmsapi.aliyuncs.com/；发送方式为 http 时必填。",
                        "The cloud SMS service's API address, e.g. https://dysmsapi.aliyuncs.com/; needed with transport http."),
                spec(ACCESS_KEY_ID, Type.TEXT, "", "AccessKey ID", "AccessKey ID",
                        "云短信服务的访问密钥 ID；发送方式为 http 时必填。",
                        "The cloud SMS service's access key id; needed with transport http."),
                spec(ACCESS_KEY_SECRET, Type.SECRET, "", "AccessKey Secret", "AccessKey secret",
                        "用于请求签名的访问密钥；保存后不再显示。发送方式为 http 时必填。",
                        "The access key secret that signs each request; never shown again once saved. Needed with transport http."),
                spec(SIGN_NAME, Type.TEXT, DEFAULT_SIGN_NAME, "短信签名", "Sign name",
                        "已审核的短信签名，如【某某市政务服务中心】；SMPP 短信以它开头，云短信作为签名参数发送（不含【】）。",
                        "The approved sign name, e.g. 【Some City Government Service Center】; SMPP messages start with it, "
                                + "the cloud gateway gets it as its sign name parameter (without 【】)."),
                spec(TEMPLATES, Type.LIST, "", "短信模板对照表", "Templates by message kind",
                        "消息类型=模板编号，用逗号分隔，如 FILED=SMS_100001,RESULT=SMS_100003；云短信只能发送已审核的模板，"
                                + "没有模板的消息类型不发送，留在待发队列中。",
                        "kind=template id, comma-separated, e.g. FILED=SMS_100001,RESULT=SMS_100003; a cloud gateway sends "
                                + "only approved templates, so a kind without one is not sent and stays queued."),
                spec(THROUGHPUT, Type.NUMBER, Integer.toString(DEFAULT_THROUGHPUT), "每秒发送上限（条）",
                        "Messages per second", "与服务商约定的发送速率；长短信的每一段算一条。",
                        "The rate agreed with the gateway; each part of a long message counts as one."),
                spec(STAFF_PHONES, Type.LIST, "", "工作人员手机号", "Staff phone numbers",
                        "用户名或角色=手机号，用逗号分隔，如 SUPERVISOR=13800000001,zhang.wei=13900000002；"
                                + "列出的工作人员和角色也接收短信（同一名称可列多次）。",
                        "user name or role=phone, comma-separated, e.g. SUPERVISOR=13800000001,zhang.wei=13900000002; "
                                + "the staff and roles listed get SMS too (a name may be listed more than once)."),
                spec(OPT_OUT_TEXT, Type.TEXT, DEFAULT_OPT_OUT, "退订提示", "Opt-out text",
                        "发给投诉人的每条 SMPP 短信以此结尾；投诉人回复 TD 或 STOP 即不再接收短信。云短信的退订提示须写在模板中。",
                        "Every SMPP message to a complainant ends with it; a complainant who replies TD or STOP gets no "
                                + "more messages. With a cloud gateway the opt-out text belongs in the template."),
                spec(MessageKinds.SETTING, Type.LIST, String.join(",", MessageKinds.TO_COMPLAINANTS), "发送的消息类型",
                        "Message kinds", "由本通知插件发送的消息类型，用逗号分隔；* 表示全部。",
                        "The kinds of message this notifier sends, comma-separated; * for all."),
                spec(TIMEOUT, Type.NUMBER, Integer.toString(DEFAULT_TIMEOUT_MILLIS), "连接超时（毫秒）",
                        "Timeout (ms)", "连接、登录和等待短信网关应答的最长时间。",
                        "How long connecting, binding and waiting for the gateway's answer may take."));
    }

    private static SettingSpec spec(String key, Type type, String value, String labelZh, String labelEn, String zh,
                                    String en) {
        return SettingSpec.of(key, type, value, LocalizedText.of(labelZh, labelEn), LocalizedText.of(zh, en));
    }
}
