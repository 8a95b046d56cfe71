package dev.csmock.support;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** One HTTP/1.1 exchange on a fresh TCP connection, reporting how the server ended it. */
public final class RawSocket {

    /** How the connection ended: the server closed it (EOF), reset it (RST), or went silent (timeout). */
    public enum Ending { EOF, RESET, TIMEOUT }

    /** One read from the socket: when it returned (ms after the request was sent) and how many bytes. */
    public record Read(long atMillis, int bytes) {
    }

    /** The response, how the connection ended, every read, and how long until the ending (ms). */
    public record Result(String response, Ending ending, List<Read> reads, long elapsedMillis) {
        public boolean answered() {
            return response.startsWith("HTTP/1.1 ");
        }

        public int status() {
            return Integer.parseInt(response.substring(9, 12));
        }

        public String body() {
            int start = response.indexOf("\r\n\r\n");
            return start < 0 ? "" : response.substring(start + 4);
        }
    }

    private RawSocket() {
    }

    public static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":token").getBytes(StandardCharsets.UTF_8));
    }

    /** A GET of {@code path} as {@code account} that asks the server to close the connection after answering. */
    public static Result get(String account, String path, int timeoutMs) throws Exception {
        return exchange(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + basic(account)
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), timeoutMs);
    }

    /** Sends the bytes, then reads until the server ends the connection or {@code timeoutMs} of silence. */
    public static Result exchange(byte[] request, int timeoutMs) throws Exception {
        return exchange(request, timeoutMs, false);
    }

    /**
     * The same; with {@code halfClose} the client also ends its side after sending, so that a
     * server keeping the connection alive closes it once it has answered.
     */
    public static Result exchange(byte[] request, int timeoutMs, boolean halfClose) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", Server.port())) {
            socket.setSoTimeout(timeoutMs);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            long sent = System.nanoTime();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            List<Read> reads = new ArrayList<>();
            byte[] buffer = new byte[8192];
            Ending ending;
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    reads.add(new Read((System.nanoTime() - sent) / 1_000_000, n));
                    response.write(buffer, 0, n);
                }
                ending = Ending.EOF;
            } catch (SocketTimeoutException e) {
                ending = Ending.TIMEOUT;
            } catch (SocketException e) {
                ending = Ending.RESET;
            }
            return new Result(response.toString(StandardCharsets.ISO_8859_1), ending, List.copyOf(reads),
                    (System.nanoTime() - sent) / 1_000_000);
        }
    }
}
