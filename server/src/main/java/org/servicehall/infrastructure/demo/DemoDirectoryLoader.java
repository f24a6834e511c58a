package org.servicehall.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.domain.model.directory.Department;
import org.servicehall.domain.model.directory.Directory;
import org.servicehall.domain.model.directory.StaffMember;
import org.servicehall.infrastructure.config.SettingsFiles;

/**
 * Loads {@code demo/directory.json} when the directory is empty; never touches a used database.
 * Called only in the demo run and the test server ({@code servicehall.demo=true}): a deployed hall
 * starts with an empty directory that its administrator fills.
 */
@ApplicationScoped
public class DemoDirectoryLoader {

    private static final Logger LOG = Logger.getLogger(DemoDirectoryLoader.class.getName());

    @Inject
    Directory directory;

    @Inject
    SettingsFiles settings;

    @Transactional
    public void loadIntoEmptyDatabase() {
        if (!directory.departments().isEmpty()) {
            return;
        }
        Optional<Reader> file = settings.open("demo/directory.json");
        if (file.isEmpty()) {
            return;
        }
        try (JsonReader reader = Json.createReader(file.get())) {
            JsonObject demo = reader.readObject();
            for (JsonValue value : demo.getJsonArray("departments")) {
                JsonObject d = value.asJsonObject();
                Department department = new Department(d.getString("code"), Department.Kind.valueOf(d.getString("kind")),
                        d.getString("nameZh"), d.getString("nameEn"));
                department.describeContact(d.getString("phone", null), d.getString("address", null),
                        d.getString("officeHours", null), d.getString("remit", null));
                directory.store(department);
            }
            for (JsonValue value : demo.getJsonArray("staff")) {
                JsonObject s = value.asJsonObject();
                directory.store(new StaffMember(s.getString("username"), s.getString("displayName"),
                        s.getString("staffNumber", null), s.getString("departmentCode", null), s.getString("window", null)));
            }
            LOG.log(Level.INFO, "Loaded the demo directory: {0} departments and agencies, {1} staff",
                    new Object[] {demo.getJsonArray("departments").size(), demo.getJsonArray("staff").size()});
        }
    }
}
