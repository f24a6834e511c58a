package org.servicehall.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    /** The least an ELContext needs to record whether a property was resolved. */
    private static final class MinimalContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }

    public record Tile(String code, int order, List<String> tags) {
    }

    /** A bean with a getter, not a record. */
    public static final class Bean {
        public String getCode() {
            return "BEAN";
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();
    private final ELContext context = new MinimalContext();
    private final Tile tile = new Tile("FEES", 3, List.of("money"));

    @Test
    void a_record_component_is_read_as_a_property() {
        assertEquals("FEES", resolver.getValue(context, tile, "code"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void components_of_any_type_are_read() {
        assertEquals(3, resolver.getValue(context, tile, "order"));
        assertSame(tile.tags(), resolver.getValue(context, tile, "tags"));
    }

    @Test
    void a_null_component_is_read_as_null_and_still_resolved() {
        assertNull(resolver.getValue(context, new Tile(null, 1, List.of()), "code"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void the_property_name_may_be_any_object_whose_text_is_the_name() {
        assertEquals("FEES", resolver.getValue(context, tile, new StringBuilder("code")));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void an_unknown_property_of_a_record_is_left_unresolved() {
        assertNull(resolver.getValue(context, tile, "label"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void a_bean_that_is_no_record_is_left_to_other_resolvers() {
        assertNull(resolver.getValue(context, new Bean(), "code"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void a_null_base_or_property_is_left_unresolved() {
        assertNull(resolver.getValue(context, null, "code"));
        assertNull(resolver.getValue(context, tile, null));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void a_record_component_is_read_only() {
        assertTrue(resolver.isReadOnly(context, tile, "code"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void read_only_is_left_unresolved_for_non_records_and_unknown_properties() {
        assertFalse(resolver.isReadOnly(context, new Bean(), "code"));
        assertFalse(resolver.isReadOnly(context, tile, "label"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void setting_a_record_component_is_refused() {
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context, tile, "code", "OTHER"));
        assertEquals("FEES", tile.code());
    }

    @Test
    void setting_on_non_records_or_unknown_properties_is_left_to_other_resolvers() {
        resolver.setValue(context, new Bean(), "code", "OTHER");
        resolver.setValue(context, tile, "label", "OTHER");
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void the_type_of_a_record_component_is_null_because_it_cannot_be_written() {
        assertNull(resolver.getType(context, tile, "code"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void the_type_is_left_unresolved_for_non_records() {
        assertNull(resolver.getType(context, new Bean(), "code"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void records_take_string_property_names() {
        assertEquals(String.class, resolver.getCommonPropertyType(context, tile));
        assertNull(resolver.getCommonPropertyType(context, new Bean()));
        assertNull(resolver.getCommonPropertyType(context, null));
    }
}
