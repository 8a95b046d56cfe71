package dev.csmock.admin;

import dev.csmock.errors.AdminException;
import dev.csmock.journal.JournalQuery;
import dev.csmock.journal.RequestJournal;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /__admin/requests}: the request journal, newest first, with filters (SPEC §3). */
@Path("/__admin/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: request journal", description = "Every request on the Twilio routes (bounded)")
public class RequestsAdminResource {

    private final RequestJournal journal;

    public RequestsAdminResource(RequestJournal journal) {
        this.journal = journal;
    }

    @RegisterForReflection
    public record Page(int total, List<JournalEntryView> requests) {
    }

    @RegisterForReflection
    public record Count(int count) {
    }

    @GET
    @Operation(summary = "Journal entries, newest first; total counts every match, requests holds at most limit")
    public Page list(@QueryParam("account") String account, @QueryParam("resource") String resource,
            @QueryParam("method") String method, @QueryParam("status") Integer status,
            @QueryParam("faulted") Boolean faulted, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 0) {
            throw AdminException.badRequest("Invalid query", List.of("limit: must be 0 or more"));
        }
        JournalQuery query = new JournalQuery(account, resource, method, status, faulted);
        return new Page(journal.count(query), journal.find(query, limit).stream().map(JournalEntryView::of).toList());
    }

    @GET
    @Path("count")
    @Operation(summary = "How many journal entries match the filters")
    public Count count(@QueryParam("account") String account, @QueryParam("resource") String resource,
            @QueryParam("method") String method, @QueryParam("status") Integer status,
            @QueryParam("faulted") Boolean faulted) {
        return new Count(journal.count(new JournalQuery(account, resource, method, status, faulted)));
    }

    @DELETE
    @Operation(summary = "Clear the journal, or one account's part of it")
    public Response clear(@QueryParam("account") String account) {
        journal.clear(account == null ? JournalQuery.ALL : JournalQuery.account(account));
        return Response.noContent().build();
    }
}
