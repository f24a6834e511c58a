package org.servicehall.plugins.notify.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The signature against the examples of Alibaba Cloud's documentation. */
class RpcSignatureTest {

    @Test
    void the_send_sms_example_of_the_sms_documentation_is_signed_as_documented() {
        TreeMap<String, String> p = new TreeMap<>(Map.ofEntries(Map.entry("AccessKeyId", "testId"),
                Map.entry("Action", "SendSms"), Map.entry("Format", "XML"), Map.entry("OutId", "123"),
                Map.entry("PhoneNumbers", "15300000001"), Map.entry("RegionId", "cn-hangzhou"),
                Map.entry("SignName", "阿里云短信测试专用"), Map.entry("SignatureMethod", "HMAC-SHA1"),
                Map.entry("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466"), Map.entry("SignatureVersion", "1.0"),
                Map.entry("TemplateCode", "SMS_71390007"), Map.entry("TemplateParam", "{\"customer\":\"test\"}"),
                Map.entry("Timestamp", "2017-07-12T02:42:19Z"), Map.entry("Version", "2017-05-25")));

        assertEquals("zJDF+Lrzhj/ThnlvIToysFRq6t4=", RpcSignature.sign("GET", p, "testSecret"));
        assertEquals("AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001"
                + "&RegionId=cn-hangzhou&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8"
                + "&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0"
                + "&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D"
                + "&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25", RpcSignature.canonicalQuery(p));
    }

    @Test
    void the_describe_regions_example_of_the_rpc_signature_documentation_is_signed_as_documented() {
        TreeMap<String, String> p = new TreeMap<>(Map.of("AccessKeyId", "testid", "Action", "DescribeRegions",
                "Format", "XML", "SignatureMethod", "HMAC-SHA1", "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
                "SignatureVersion", "1.0", "Timestamp", "2016-02-23T12:46:24Z", "Version", "2014-05-26"));

        assertEquals("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", RpcSignature.sign("GET", p, "testsecret"));
    }

    @Test
    void percent_encoding_follows_rfc_3986() {
        assertEquals("a%20b%2A~-_.%2F%3D%26%2B%E6%B4%BE", RpcSignature.percentEncode("a b*~-_./=&+派"));
    }
}
