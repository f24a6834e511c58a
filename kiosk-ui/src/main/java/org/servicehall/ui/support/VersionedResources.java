package org.servicehall.ui.support;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's own style sheets and scripts (library {@code servicehall}) are addressed with
 * a version made of their content ({@code ...?ln=servicehall&v=3f2a9c01d4}), as PrimeFaces
 * addresses its own with its release ({@code &v=15.0.13}). A changed file gets a new address, so
 * that {@link LongLivedResources} can let browsers keep every versioned resource for a year.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String LIBRARY = "servicehall";

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        return resource == null || !LIBRARY.equals(libraryName) ? resource : new Versioned(resource);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        Resource resource = super.createResource(resourceName, libraryName, contentType);
        return resource == null || !LIBRARY.equals(libraryName) ? resource : new Versioned(resource);
    }

    /** The first ten hex digits of the content's SHA-256; computed once per resource (Production stage: files never change while running). */
    private String versionOf(Resource resource) {
        return versions.computeIfAbsent(resource.getResourceName(), name -> {
            try (InputStream in = resource.getInputStream()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                return HexFormat.of().formatHex(digest, 0, 5);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read resource " + name, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private final class Versioned extends ResourceWrapper {

        Versioned(Resource wrapped) {
            super(wrapped);
        }

        @Override
        public String getRequestPath() {
            String path = super.getRequestPath();
            return path.contains("&v=") || path.contains("?v=") ? path : path + "&v=" + versionOf(getWrapped());
        }
    }
}
