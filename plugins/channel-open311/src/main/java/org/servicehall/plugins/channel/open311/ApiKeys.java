package org.servicehall.plugins.channel.open311;

import static org.servicehall.plugins.channel.open311.Arguments.argument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicehall.plugin.api.channel.ChannelContext;

/** The api_key a POST must carry: one of the keys the hall configured ({@code api.keys}). */
final class ApiKeys {

    private ApiKeys() {
    }

    static void check(Map<String, List<String>> arguments, ChannelContext context) throws Refused {
        Optional<String> given = argument(arguments, "api_key");
        if (given.isEmpty()) {
            throw new Refused(403, "api_key is missing -- can't proceed with create_request");
        }
        byte[] key = given.get().getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (String candidate : context.setting("api.keys").orElse("").split(",")) {
            // every configured key is compared in full, in constant time
            known |= !candidate.isBlank() && MessageDigest.isEqual(candidate.strip().getBytes(StandardCharsets.UTF_8), key);
        }
        if (!known) {
            throw new Refused(403, "Invalid api_key received -- can't proceed with create_request");
        }
    }
}
