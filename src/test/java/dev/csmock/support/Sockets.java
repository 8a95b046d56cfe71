package dev.csmock.support;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A client that sends a form POST and then does what a test needs: wait for the answer, or leave. */
public final class Sockets {

    private Sockets() {
    }

    /** The bytes of a form POST of {@code path} as {@code account}. */
    public static byte[] formPost(String account, String path, String form) {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + RawSocket.basic(account)
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                + "\r\n\r\n" + form).getBytes(StandardCharsets.UTF_8);
    }

    /** Opens a connection and sends the request; the caller closes the socket (leaving) or reads the answer. */
    public static Socket send(byte[] request) throws Exception {
        Socket socket = new Socket("127.0.0.1", Server.port());
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        return socket;
    }
}
