package dev.csmock.admin;

import dev.csmock.errors.MockException;
import dev.csmock.journal.JournalQuery;
import dev.csmock.journal.RequestJournal;
import io.quarkus.runtime.annotations.RegisterForReflection;
import dev.csmock.verification.SequenceResult;
import dev.csmock.verification.SequenceVerification;
import dev.csmock.verification.Verification;
import dev.csmock.verification.VerificationResult;
import dev.csmock.verification.Verifier;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /__admin/requests}: the request journal, newest first, with filters (SPEC §3). */
@Path("/__admin/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: request journal", description = "Every request on the Twilio routes (bounded)")
public class RequestsAdminResource {

    private final RequestJournal journal;
    private final Verifier verifier;

    public RequestsAdminResource(RequestJournal journal, Verifier verifier) {
        this.journal = journal;
        this.verifier = verifier;
    }

    /** A page of the journal; {@code latest} is the sequence number to pass as {@code after} to get only newer entries. */
    @RegisterForReflection
    public record Page(int total, List<JournalEntryView> requests, long latest) {
    }

    @RegisterForReflection
    public record Count(int count) {
    }

    @GET
    @Operation(summary = "Journal entries, newest first; total counts every match, requests holds at most limit")
    public Page list(@QueryParam("account") String account, @QueryParam("resource") String resource,
            @QueryParam("method") String method, @QueryParam("status") Integer status,
            @QueryParam("faulted") Boolean faulted, @QueryParam("limit") @DefaultValue("100") int limit,
            @Parameter(description = "Only entries newer than this sequence number (the latest of a previous page): for polling")
            @QueryParam("after") Long after) {
        if (limit < 0) {
            throw MockException.invalid("Invalid query", List.of("limit: must be 0 or more"));
        }
        long latest = journal.latest();
        JournalQuery query = new JournalQuery(account, resource, method, status, faulted, after);
        return new Page(journal.count(query), journal.find(query, limit).stream().map(JournalEntryView::of).toList(),
                latest);
    }

    @GET
    @Path("count")
    @Operation(summary = "How many journal entries match the filters")
    public Count count(@QueryParam("account") String account, @QueryParam("resource") String resource,
            @QueryParam("method") String method, @QueryParam("status") Integer status,
            @QueryParam("faulted") Boolean faulted) {
        return new Count(journal.count(new JournalQuery(account, resource, method, status, faulted)));
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify that an account sent matching requests a number of times",
            description = "{\"account\": \"AC…\", \"resource\", \"method\", \"status\", \"faulted\", \"params\": {\"FriendlyName\": \"archive\","
                    + " \"AwsS3Url\": null}, \"times\": {\"exactly\" | \"atLeast\" | \"atMost\": n}}: account required, every"
                    + " matcher optional; a null param means not sent, \"status\": null a request ended by a connection fault;"
                    + " times defaults to at least 1. Sees only what the journal still holds.")
    @APIResponse(responseCode = "202", description = "It holds",
            content = @Content(schema = @Schema(implementation = VerificationResult.class)))
    @APIResponse(responseCode = "406", description = "It does not hold: the message reads like a test failure, closest lists"
            + " up to 3 requests of the account that did not match, fewest differences first",
            content = @Content(schema = @Schema(implementation = VerificationResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid verification (unknown field, missing account, bad times)")
    public Response verify(Verification verification) {
        VerificationResult result = verifier.verify(verification);
        return Response.status(result.holds() ? 202 : 406).type(MediaType.APPLICATION_JSON_TYPE).entity(result).build();
    }

    @POST
    @Path("verify-sequence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify that an account sent requests matching these patterns, in this order",
            description = "{\"account\": \"AC…\", \"requests\": [pattern, …]}: other requests may come between.")
    @APIResponse(responseCode = "202", description = "Found in order",
            content = @Content(schema = @Schema(implementation = SequenceResult.class)))
    @APIResponse(responseCode = "406", description = "Not found in order: matched says how many were, the message names"
            + " the first pattern not found after the previous one",
            content = @Content(schema = @Schema(implementation = SequenceResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid verification")
    public Response verifySequence(SequenceVerification sequence) {
        SequenceResult result = verifier.verifySequence(sequence);
        return Response.status(result.holds() ? 202 : 406).type(MediaType.APPLICATION_JSON_TYPE).entity(result).build();
    }

    @DELETE
    @Operation(summary = "Clear the journal, or one account's part of it")
    public Response clear(@QueryParam("account") String account) {
        journal.clear(account == null ? JournalQuery.ALL : JournalQuery.account(account));
        return Response.noContent().build();
    }
}
