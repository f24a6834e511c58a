package org.servicehall.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.interfaces.messages.ProcessMessages;

/** The complaint categories on offer now (they change as plugins come and go). */
@Path("/v1/categories")
@RequestScoped
@Tag(name = "Categories")
public class CategoryResource {

    @Inject
    CategoryCatalog catalog;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Categories on offer, in display order")
    public List<CategoryJson> categories() {
        ProcessMessages messages = ProcessMessages.of(headers);
        return catalog.all().stream()
                .map(c -> new CategoryJson(c.code(), c.label(messages.locale()), c.labelZh(), c.labelEn(), c.icon()))
                .toList();
    }
}
