package dev.csmock.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.Server;
import dev.csmock.support.Sids;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Resets, snapshot imports, forgets and rule installs against parallel writers, from a seeded
 * generator (printed; {@code -Drace.seed=N} replays the schedule, though not the threads'
 * interleaving). Afterwards, with "A before B" meaning A's answer came before B was sent:
 * <ul>
 * <li>no rule answered 201 is missing unless a reset or import was sent after it was sent;</li>
 * <li>no write answered 200 is missing unless a reset, import or forget of its account was sent after it;</li>
 * <li>no write whose client left (or that a reset overtook) is ever stored.</li>
 * </ul>
 * Each write goes to an account of its own, so "missing" is unambiguous.
 */
@QuarkusTest
class ResetRaceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An operation and when it was sent and answered (nanoTime). */
    private record Done(String kind, String account, String value, long sent, long answered, int status) {
    }

    private final ConcurrentLinkedQueue<Done> log = new ConcurrentLinkedQueue<>();

    @Test
    void resetsImportsForgetsAndInstallsNeverLoseAnAnsweredChangeNorKeepADepartedOne() throws Exception {
        long seed = Long.getLong("race.seed", System.nanoTime());
        SplittableRandom random = new SplittableRandom(seed);
        String emptySnapshot = "{\"accounts\":{},\"faults\":[],\"credentials\":[]}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        for (int worker = 0; worker < 6; worker++) {
            SplittableRandom mine = random.split();
            running.add(pool.submit(() -> {
                int count = 0;
                while (System.nanoTime() < end && count++ < 400) {
                    step(mine);
                }
                return null;
            }));
        }
        SplittableRandom admin = random.split();
        running.add(pool.submit(() -> {
            int count = 0;
            while (System.nanoTime() < end && count++ < 60) {
                int pick = admin.nextInt(3);
                if (pick == 0) {
                    record("reset", null, null, () -> send(post("/__admin/reset", "application/json", "")));
                } else if (pick == 1) {
                    record("import", null, null, () -> send(put("/__admin/snapshot", emptySnapshot)));
                } else {
                    Thread.sleep(5);
                }
                Thread.sleep(admin.nextInt(30));
            }
            return null;
        }));
        for (Future<?> future : running) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        Thread.sleep(400);   // past every delay a departed write had (at most 200 ms)

        check(seed);
    }

    /** One random operation of a worker: a write, a write that leaves, a delayed write, a rule, a forget. */
    private void step(SplittableRandom random) throws Exception {
        String account = Sids.account();
        String value = "v" + Long.toHexString(random.nextLong());
        switch (random.nextInt(5)) {
            case 0, 1 -> record("write", account, value, () -> send(write(account, value)));
            case 2 -> {
                // a delayed write whose client gives up before the delay ends: never stored
                record("delay", account, null, () -> send(post("/__admin/faults", "application/json", "{\"account\":\""
                        + account + "\",\"method\":\"POST\",\"delay\":{\"fixedMs\":200}}")));
                record("left", account, value, () -> {
                    try {
                        HTTP.send(HttpRequest.newBuilder(write(account, value).uri()).timeout(Duration.ofMillis(50))
                                .header("Authorization", basic(account)).header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(BodyPublishers.ofString("FriendlyName=" + value)).build(), BodyHandlers.discarding());
                    } catch (java.net.http.HttpTimeoutException expected) {
                        return 0;
                    }
                    return -1;
                });
            }
            case 3 -> record("rule", account, value, () -> send(post("/__admin/faults", "application/json",
                    "{\"id\":\"" + value + "\",\"account\":\"" + account + "\",\"method\":\"GET\",\"fault\":{\"type\":\"status\",\"status\":500}}")));
            default -> {
                record("write", account, value, () -> send(write(account, value)));
                record("forget", account, null, () -> send(delete("/__admin/accounts/" + account)));
            }
        }
    }

    private void check(long seed) throws Exception {
        List<Done> done = new ArrayList<>(log);
        List<String> problems = new ArrayList<>();
        for (Done op : done) {
            // a wipe not answered before op was sent may come after it (or run at the same time): op may be gone
            boolean wipedLater = done.stream().anyMatch(other -> wipes(other, op.account()) && other.answered() > op.sent());
            switch (op.kind()) {
                case "write" -> {
                    String stored = storedName(op.account());
                    if (op.status() == 200 && !wipedLater && !op.value().equals(stored)) {
                        problems.add("a write answered 200 is lost: " + op + ", stored " + stored);
                    }
                }
                case "left" -> {
                    // only when the delay rule was surely in place while the client waited
                    Done delay = done.stream().filter(other -> other.kind().equals("delay") && other.account().equals(op.account()))
                            .findFirst().orElseThrow();
                    boolean ruleWiped = done.stream().anyMatch(other -> wipes(other, null) && other.answered() > delay.sent()
                            && other.sent() < op.answered());
                    String stored = storedName(op.account());
                    if (op.status() == 0 && delay.status() == 201 && !ruleWiped && op.value().equals(stored)) {
                        problems.add("the write of a client that left was stored: " + op);
                    }
                }
                case "rule" -> {
                    int status = send(get("/__admin/faults/" + op.value()));
                    if (op.status() == 201 && !wipedLater && status != 200) {
                        problems.add("a rule answered 201 is lost: " + op);
                    }
                }
                default -> {
                }
            }
        }
        long writes = done.stream().filter(op -> op.kind().equals("write") && op.status() == 200).count();
        System.out.printf("reset race: %d operations (%d writes), seed %d (-Drace.seed=%d)%n", done.size(), writes, seed, seed);
        assertTrue(writes > 0, "no write was made");
        assertEquals(List.of(), problems, "seed " + seed);
    }

    /** Whether {@code op} wipes what {@code account} did (any account when null): a reset, an import, its forget. */
    private static boolean wipes(Done op, String account) {
        return op.kind().equals("reset") || op.kind().equals("import")
                || (account != null && op.kind().equals("forget") && op.account().equals(account));
    }

    @FunctionalInterface
    private interface Call {
        int run() throws Exception;
    }

    private void record(String kind, String account, String value, Call call) throws Exception {
        long sent = System.nanoTime();
        int status = call.run();
        log.add(new Done(kind, account, value, sent, System.nanoTime(), status));
    }

    private static String storedName(String account) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(Server.base() + "/__admin/accounts/" + account
                + "/CompositionSettings")).GET().build(), BodyHandlers.ofString());
        if (answer.statusCode() == 404) {
            return null;
        }
        String body = answer.body();
        int at = body.indexOf("\"friendly_name\":\"");
        return at < 0 ? null : body.substring(at + 17, body.indexOf('"', at + 17));
    }

    private static HttpRequest write(String account, String value) {
        return HttpRequest.newBuilder(URI.create(Server.base() + "/v1/CompositionSettings/Default"))
                .header("Authorization", basic(account)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("FriendlyName=" + value)).build();
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":token").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest post(String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create(Server.base() + path)).header("Content-Type", type)
                .POST(BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest put(String path, String body) {
        return HttpRequest.newBuilder(URI.create(Server.base() + path)).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(Server.base() + path)).GET().build();
    }

    private static HttpRequest delete(String path) {
        return HttpRequest.newBuilder(URI.create(Server.base() + path)).DELETE().build();
    }

    private static int send(HttpRequest request) throws Exception {
        return HTTP.send(request, BodyHandlers.discarding()).statusCode();
    }
}
