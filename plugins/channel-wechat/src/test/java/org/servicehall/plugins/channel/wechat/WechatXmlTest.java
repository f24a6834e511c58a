package org.servicehall.plugins.channel.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WechatXmlTest {

    static final String TEXT = "<xml><ToUserName><![CDATA[gh_account]]></ToUserName>"
            + "<FromUserName><![CDATA[oUser1]]></FromUserName><CreateTime>1772416800</CreateTime>"
            + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[投诉 窗口人员态度差 <b>&]]></Content>"
            + "<MsgId>1234567890123456</MsgId></xml>";

    @Test
    void a_text_message_is_read_into_its_fields() throws Exception {
        WechatXml.Message message = WechatXml.parse(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals("gh_account", message.toUser());
        assertEquals("oUser1", message.fromUser());
        assertEquals("text", message.type());
        assertEquals("投诉 窗口人员态度差 <b>&", message.content());
        assertEquals("1234567890123456", message.msgId().orElseThrow());
    }

    @Test
    void an_xxe_attempt_is_refused_and_reads_nothing(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><MsgType>text</MsgType>"
                + "<Content>&x;</Content><MsgId>1</MsgId></xml>";
        WechatXml.Malformed e = assertThrows(WechatXml.Malformed.class, () -> WechatXml.parse(xxe.getBytes(StandardCharsets.UTF_8)));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        String billionLaughs = "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><MsgType>text</MsgType><Content>&b;</Content></xml>";
        assertThrows(WechatXml.Malformed.class, () -> WechatXml.parse(billionLaughs.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformed_foreign_non_utf8_and_incomplete_bodies_are_refused() {
        assertThrows(WechatXml.Malformed.class, () -> WechatXml.parse("<xml><ToUserName>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(WechatXml.Malformed.class, () -> WechatXml.parse("not xml".getBytes(StandardCharsets.UTF_8)));
        assertThrows(WechatXml.Malformed.class, () -> WechatXml.parse(new byte[0]));
        assertThrows(WechatXml.Malformed.class, () -> WechatXml.parse(
                "<root><ToUserName>a</ToUserName><FromUserName>b</FromUserName><MsgType>text</MsgType></root>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThrows(WechatXml.Malformed.class, () -> WechatXml.parse(
                "<xml><ToUserName>a</ToUserName><MsgType>text</MsgType></xml>".getBytes(StandardCharsets.UTF_8)));
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        WechatXml.Malformed e = assertThrows(WechatXml.Malformed.class, () -> WechatXml.parse(gbk));
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void the_reply_puts_every_value_in_cdata_and_survives_a_cdata_end_in_the_text() throws Exception {
        String reply = XmlReplies.textReply("oUser1", "gh_account", 1772416800L, "a]]>b<c>&\u0001d");
        assertTrue(reply.startsWith("<xml><ToUserName><![CDATA[oUser1]]></ToUserName><FromUserName><![CDATA[gh_account]]>"
                + "</FromUserName><CreateTime>1772416800</CreateTime><MsgType><![CDATA[text]]></MsgType>"), reply);
        // read back with the same hardened parser: the text is intact (the control character became a space)
        WechatXml.Message back = WechatXml.parse(reply.getBytes(StandardCharsets.UTF_8));
        assertEquals("a]]>b<c>& d", back.content());
        assertEquals("oUser1", back.toUser());
    }
}
