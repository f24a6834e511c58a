package org.servicehall.plugins.channel.wechat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The platform's XML: a pushed message read into its fields (no DOCTYPE, no entities, no
 * XInclude), and the passive reply written with every value in CDATA.
 */
final class WechatXml {

    /** A field longer than this makes the message malformed. */
    static final int FIELD_MAX_CHARS = 8192;

    /** Why a body is not a message the platform could have sent. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** One pushed message: its top-level fields, e.g. {@code MsgType}, {@code Content}. */
    record Message(Map<String, String> fields) {

        Optional<String> field(String name) {
            return Optional.ofNullable(fields.get(name)).map(String::strip).filter(s -> !s.isEmpty());
        }

        String fromUser() {
            return field("FromUserName").orElse("");
        }

        String toUser() {
            return field("ToUserName").orElse("");
        }

        String type() {
            return field("MsgType").orElse("");
        }

        /** The text as sent (only outer white space removed); empty for other types. */
        String content() {
            String content = fields.get("Content");
            return content == null ? "" : content.strip();
        }

        Optional<String> msgId() {
            return field("MsgId");
        }

        Optional<String> event() {
            return field("Event");
        }
    }

    private WechatXml() {
    }

    /**
     * Reads a pushed message.
     *
     * @throws Malformed when the body is not UTF-8, not well-formed, has a DOCTYPE, its root is not
     *                   {@code xml}, or it lacks the sender, the account or the type
     */
    static Message parse(byte[] body) throws Malformed {
        Message message = new Message(fields(body));
        if (message.fromUser().isEmpty() || message.toUser().isEmpty() || message.type().isEmpty()) {
            throw new Malformed("ToUserName, FromUserName and MsgType are required");
        }
        return message;
    }

    /** The top-level fields of a body, whatever they are (the encrypted mode's envelope has other fields). */
    static Map<String, String> fields(byte[] body) throws Malformed {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new Malformed("the body is not UTF-8");
        }
        Document document;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no messages on stderr
            document = builder.parse(new ByteArrayInputStream(body));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no hardened XML parser", e);
        } catch (SAXException | IOException e) {
            throw new Malformed("the body is not well-formed XML without a DOCTYPE");
        }
        Element root = document.getDocumentElement();
        if (root == null || !"xml".equals(root.getTagName())) {
            throw new Malformed("the root element must be <xml>");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element element && !fields.containsKey(element.getTagName())) {
                String text = element.getTextContent();
                if (text.length() > FIELD_MAX_CHARS) {
                    throw new Malformed("field " + element.getTagName() + " is too long");
                }
                fields.put(element.getTagName(), text);
            }
        }
        return Map.copyOf(fields);
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
