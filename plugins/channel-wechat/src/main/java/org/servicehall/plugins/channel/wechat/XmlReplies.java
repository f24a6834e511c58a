package org.servicehall.plugins.channel.wechat;

/** The XML the account answers a push with: a passive text reply, or the encrypted one. */
final class XmlReplies {

    private XmlReplies() {
    }

    /** The passive text reply: to the sender, from the account, at {@code createTime} (epoch seconds). */
    static String textReply(String toUser, String fromUser, long createTime, String content) {
        StringBuilder out = new StringBuilder("<xml>");
        out.append("<ToUserName>");
        Cdata.append(toUser, out);
        out.append("</ToUserName><FromUserName>");
        Cdata.append(fromUser, out);
        out.append("</FromUserName><CreateTime>").append(createTime).append("</CreateTime><MsgType>");
        Cdata.append("text", out);
        out.append("</MsgType><Content>");
        Cdata.append(content, out);
        out.append("</Content></xml>");
        return out.toString();
    }

    /** The encrypted mode's reply: the encrypted passive reply with its signature, timestamp and nonce. */
    static String encryptedReply(String encrypted, String signature, String timestamp, String nonce) {
        StringBuilder out = new StringBuilder("<xml><Encrypt>");
        Cdata.append(encrypted, out);
        out.append("</Encrypt><MsgSignature>");
        Cdata.append(signature, out);
        out.append("</MsgSignature><TimeStamp>").append(timestamp).append("</TimeStamp><Nonce>");
        Cdata.append(nonce, out);
        out.append("</Nonce></xml>");
        return out.toString();
    }
}
