package dev.csmock.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmock.errors.MockException;
import dev.csmock.journal.JournalEntry;
import dev.csmock.journal.JournalQuery;
import dev.csmock.journal.RequestJournal;
import io.quarkus.runtime.annotations.RegisterForReflection;
import dev.csmock.verification.RequestPattern;
import dev.csmock.verification.RequestSearch;
import dev.csmock.verification.SequenceResult;
import dev.csmock.verification.SequenceVerification;
import dev.csmock.verification.Verification;
import dev.csmock.verification.VerificationResult;
import dev.csmock.verification.Verifier;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    private final ObjectMapper json;

    public RequestsAdminResource(RequestJournal journal, Verifier verifier, ObjectMapper json) {
        this.journal = journal;
        this.verifier = verifier;
        this.json = json;
    }

    /**
     * A page of the journal. Without {@code after}: the newest entries first. With {@code after}
     * (polling): the entries numbered after it, oldest first; pass {@code next} as {@code after} to
     * get the following ones; {@code missed} counts the entries numbered after {@code after} that the
     * journal dropped before they were read. {@code latest}: the newest sequence number visible.
     */
    @RegisterForReflection
    public record Page(int total, List<JournalEntryView> requests, long latest, long next, long missed) {
    }

    private static final String PATTERN = "A request pattern in JSON, as in verify (SPEC 7.1): {\"params\": {\"FriendlyName\":"
            + " {\"matches\": \"arch.*\"}}, \"headers\": {…}, \"credential\": …}; combined with the other filters";

    @RegisterForReflection
    public record Count(int count) {
    }

    /** The answer of {@code find}: how many entries match, and the newest of them up to the limit. */
    @RegisterForReflection
    public record Found(int total, List<JournalEntryView> requests) {
    }

    @GET
    @Operation(summary = "Journal entries: newest first; with after, the entries after that cursor, oldest first",
            description = "total counts every match, requests holds at most limit. Polling: pass the page's next as after;"
                    + " missed > 0 says entries were dropped (mock.journal.max-entries) before they were read.")
    @APIResponse(responseCode = "400", description = "A filter of the wrong type (status, faulted, limit, after)")
    public Page list(@QueryParam("account") String account, @QueryParam("resource") String resource,
            @QueryParam("method") String method,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("faulted") String faulted,
            @Parameter(description = "How many entries at most (default 100)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limitText,
            @Parameter(description = "Polling: only entries numbered after this cursor (a page's next), oldest first",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("after") String afterText,
            @Parameter(description = PATTERN) @QueryParam("pattern") String patternText) {
        int limit = QueryParams.count("limit", limitText, 100);
        Long after = QueryParams.number("after", afterText);
        JournalQuery query = query(account, resource, method, status, faulted);
        Optional<RequestPattern> pattern = pattern(patternText);
        if (after != null) {
            RequestJournal.Poll poll = journal.poll(query, after, limit);
            List<JournalEntry> entries = pattern.map(verifier::filter)
                    .map(test -> poll.entries().stream().filter(test).toList()).orElse(poll.entries());
            return new Page(entries.size(), views(entries), journal.latest(), poll.next(), poll.missed());
        }
        long latest = journal.latest();
        if (pattern.isPresent()) {
            Verifier.Found found = verifier.find(query, pattern.get(), limit);
            return new Page(found.total(), views(found.requests()), latest, latest, 0);
        }
        return new Page(journal.count(query), views(journal.find(query, limit)), latest, latest, 0);
    }

    @GET
    @Path("count")
    @Operation(summary = "How many journal entries match the filters")
    @APIResponse(responseCode = "400", description = "A filter of the wrong type (status, faulted)")
    public Count count(@QueryParam("account") String account, @QueryParam("resource") String resource,
            @QueryParam("method") String method,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("faulted") String faulted,
            @Parameter(description = PATTERN) @QueryParam("pattern") String patternText) {
        JournalQuery query = query(account, resource, method, status, faulted);
        return new Count(pattern(patternText).map(pattern -> verifier.find(query, pattern, 0).total())
                .orElseGet(() -> journal.count(query)));
    }

    /** What the {@code pattern} query parameter says: a request pattern in JSON, with the matchers of a verification. */
    private Optional<RequestPattern> pattern(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text, RequestPattern.class));
        } catch (JsonProcessingException e) {
            String problem = AdminExceptionMappers.describe(e);
            throw MockException.invalid("Invalid query", List.of("pattern: "
                    + (problem.startsWith("the body: ") ? problem.substring("the body: ".length()) : problem)));
        }
    }

    private static JournalQuery query(String account, String resource, String method, String status, String faulted) {
        return new JournalQuery(account, resource, method, QueryParams.integer("status", status),
                QueryParams.bool("faulted", faulted));
    }

    private static List<JournalEntryView> views(List<JournalEntry> entries) {
        return entries.stream().map(JournalEntryView::of).toList();
    }

    @POST
    @Path("find")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Journal entries that match a request pattern, newest first",
            description = "The matchers of a verification (SPEC §7.1): {\"account\", \"resource\", \"method\", \"status\","
                    + " \"faulted\", \"params\", \"headers\", \"credential\", \"limit\"}, all optional; a value is a string (equal),"
                    + " null (not sent) or a matcher: {\"equalTo\": …, \"caseInsensitive\": true}, {\"matches\": regex},"
                    + " {\"doesNotMatch\": regex}, {\"contains\": …}, {\"present\": true}, {\"absent\": true}.")
    @APIResponse(responseCode = "200", description = "total counts every match, requests holds at most limit (default 100)")
    @APIResponse(responseCode = "400", description = "Invalid pattern (unknown field or matcher, invalid regular expression)")
    public Found find(RequestSearch search) {
        Verifier.Found found = verifier.find(search);
        return new Found(found.total(), views(found.requests()));
    }

    @POST
    @Path("count")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many journal entries match a request pattern (the body of find)")
    @APIResponse(responseCode = "400", description = "Invalid pattern (unknown field or matcher, invalid regular expression)")
    public Count countMatching(RequestSearch search) {
        return new Count(verifier.find(search).total());
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify that an account sent matching requests a number of times",
            description = "{\"account\": \"AC…\", \"resource\", \"method\", \"status\", \"faulted\", \"params\": {\"FriendlyName\": \"archive\","
                    + " \"AwsS3Url\": null}, \"headers\": {…}, \"credential\": …, \"times\": {\"exactly\" | \"atLeast\" | \"atMost\": n}}:"
                    + " account required, every matcher optional; a value is a string (equal), null (not sent) or a matcher object"
                    + " (see find); \"status\": null a request ended by a connection fault;"
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
