package org.servicehall.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds a settings file: first in {@code servicehall.config.dir} (default
 * {@code ${server.config.dir}/servicehall}), where an administrator may change it without a
 * rebuild, then among the defaults shipped in the WAR ({@code config/servicehall} of the source).
 */
@ApplicationScoped
public class SettingsFiles {

    private static final Logger LOG = Logger.getLogger(SettingsFiles.class.getName());
    private static final String DEFAULTS = "servicehall-defaults/";

    @Inject
    @ConfigProperty(name = "servicehall.config.dir")
    Optional<String> configDir;

    /** Opens a settings file, e.g. {@code deadlines.properties} or {@code calendar/cn-2026.properties}. */
    public Optional<Reader> open(String name) {
        Optional<Path> external = configDir.map(dir -> Path.of(dir, name)).filter(Files::isRegularFile);
        try {
            if (external.isPresent()) {
                LOG.log(Level.INFO, "Using settings file {0}", external.get());
                return Optional.of(Files.newBufferedReader(external.get(), StandardCharsets.UTF_8));
            }
            InputStream shipped = getClass().getClassLoader().getResourceAsStream(DEFAULTS + name);
            return Optional.ofNullable(shipped).map(in -> new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read settings file " + name, e);
        }
    }

    public Properties properties(String name) {
        Properties properties = new Properties();
        open(name).ifPresent(reader -> {
            try (Reader in = reader) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read settings file " + name, e);
            }
        });
        return properties;
    }

    /**
     * A settings file the hall changes key by key: the shipped defaults, with each key the hall's
     * own file (in {@code servicehall.config.dir}) gives in its place.
     */
    public Properties layered(String name) {
        Properties properties = new Properties();
        InputStream shipped = getClass().getClassLoader().getResourceAsStream(DEFAULTS + name);
        try {
            if (shipped != null) {
                try (Reader in = new InputStreamReader(shipped, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
            }
            Optional<Path> external = configDir.map(dir -> Path.of(dir, name)).filter(Files::isRegularFile);
            if (external.isPresent()) {
                LOG.log(Level.INFO, "Using settings file {0} over the shipped one", external.get());
                try (Reader in = Files.newBufferedReader(external.get(), StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read settings file " + name, e);
        }
        return properties;
    }

    /** The calendar files ({@code calendar/cn-YYYY.properties}) for the given years that exist. */
    public List<String> calendarFiles(int fromYear, int toYear) {
        List<String> names = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            String name = "calendar/cn-" + year + ".properties";
            Optional<Reader> file = open(name);
            if (file.isPresent()) {
                names.add(name);
                try {
                    file.get().close();
                } catch (IOException e) {
                    LOG.log(Level.FINE, "closing {0}", name);
                }
            }
        }
        return names;
    }
}
