package dev.csmock;

import io.quarkus.runtime.QuarkusApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The workload of a training run: once the application has started, it sends itself the requests
 * its users send — GETs, form POSTs, HEAD and CORS preflights, errors, a fault, admin calls and a
 * verification — over plain HTTP/1.1 sockets, a few hundred times, then exits. The JVM records
 * what that loads and, on JDK 25, how the code behaved (an AOT cache with profiles), so that the
 * next start skips that work.
 */
public class TrainingRun implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(TrainingRun.class);
    private static final String ACCOUNT = "AC7a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a";
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString((ACCOUNT + ":training").getBytes(StandardCharsets.UTF_8));
    private static final String FORM = "FriendlyName=training&AwsS3Url=https%3A%2F%2Ftraining-bucket.s3.amazonaws.com%2Fc"
            + "&AwsCredentialsSid=CR0123456789abcdef0123456789abcdef&AwsStorageEnabled=true";

    @Override
    public int run(String... args) throws IOException {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        int rounds = Integer.getInteger("csmock.training-rounds", 300);
        for (int round = 0; round < rounds; round++) {
            String path = round % 2 == 0 ? "/v1/CompositionSettings/Default" : "/v1/RecordingSettings/Default";
            send(port, "POST", path, AUTH, "application/x-www-form-urlencoded", FORM);
            send(port, "GET", path, AUTH, null, null);
            send(port, "HEAD", path, AUTH, null, null);
            send(port, "POST", path, AUTH, "application/x-www-form-urlencoded", "AwsStorageEnabled=maybe");
            if (round % 10 == 0) {
                send(port, "OPTIONS", path, null, null, null);
                send(port, "GET", path, null, null, null);
                send(port, "GET", "/v1/Nothing", AUTH, null, null);
                send(port, "GET", "/__admin/requests?account=" + ACCOUNT + "&limit=5", null, null, null);
                send(port, "GET", "/__admin/accounts?limit=10", null, null, null);
                send(port, "POST", "/__admin/requests/verify", null, "application/json",
                        "{\"account\":\"" + ACCOUNT + "\",\"method\":\"POST\",\"times\":{\"atLeast\":1}}");
                send(port, "POST", "/__admin/faults", null, "application/json",
                        "{\"account\":\"" + ACCOUNT + "\",\"times\":1,\"fault\":{\"type\":\"status\",\"status\":503}}");
                send(port, "GET", path, AUTH, null, null);
            }
        }
        send(port, "POST", "/__admin/reset", null, null, null);
        LOG.infof("Training run done: %d rounds of requests", rounds);
        return 0;
    }

    /** One request on a fresh connection; the answer is read to its end and dropped. */
    private static void send(int port, String method, String path, String authorization, String contentType,
            String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (method.equals("OPTIONS")) {
            head.append("Origin: https://app.example\r\nAccess-Control-Request-Method: POST\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            in.transferTo(new ByteArrayOutputStream());
        }
    }
}
