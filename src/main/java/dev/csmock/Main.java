package dev.csmock;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Starts the mock; with the single argument {@code health} it is instead its own health probe
 * (exit 0 when {@code /q/health/ready} answers 200 on this machine), so that container images need
 * neither curl nor a shell for their {@code HEALTHCHECK}. With {@code -Dcsmock.training-run=true}
 * (the JVM image's class-data or AOT-cache step) it starts, serves a workload of real requests
 * to itself ({@link TrainingRun}), and exits.
 */
@QuarkusMain
public class Main {

    /** The system property that makes the application train its JVM on its own requests, then exit. */
    public static final String TRAINING_RUN = "csmock.training-run";

    public static void main(String... args) {
        if (args.length == 1 && args[0].equals("health")) {
            System.exit(probe() ? 0 : 1);
        }
        if (Boolean.getBoolean(TRAINING_RUN)) {
            Quarkus.run(TrainingRun.class, args);
            return;
        }
        Quarkus.run(args);
    }

    private static boolean probe() {
        String configured = System.getenv().getOrDefault("QUARKUS_HTTP_PORT", "8080");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(configured.trim())), 2000);
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /q/health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] status = in.readNBytes(12);
            return new String(status, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200");
        } catch (Exception unreachable) {
            return false;
        }
    }
}
