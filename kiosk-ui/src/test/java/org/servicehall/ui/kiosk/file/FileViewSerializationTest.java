package org.servicehall.ui.kiosk.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.Choice;
import org.servicehall.ui.facade.dto.FieldSpec;
import org.servicehall.ui.facade.dto.Label;

/** Sessions are replicated to the database, so the wizard's state must survive serialization. */
class FileViewSerializationTest {

    @Test
    void a_wizard_half_way_through_survives_serialization() throws IOException, ClassNotFoundException {
        FileView view = new FileView();
        FieldSpec day = new FieldSpec("DAY", new Label("日期", "Day"), "DATE", false, 0, 0, 0, null);
        view.getProblem().choose(new CategoryTile("A", new Label("甲", "A"), "star", null,
                List.of(new Choice("SLOW", new Label("慢", "Slow"))), List.of(day)));
        view.getProblem().togglePick("SLOW");
        view.getIncident().chooseWhen("EARLIER", LocalDate.of(2026, 11, 28));
        view.getFields().dateEntry(day, LocalDate.of(2026, 11, 28));
        view.getContact().getPhone().press("1");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(view);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            FileView copy = (FileView) in.readObject();
            assertEquals(List.of("SLOW"), copy.getProblem().pickedCodes());
            assertEquals("1", copy.getContact().getPhone().getValue());
        }
    }
}
