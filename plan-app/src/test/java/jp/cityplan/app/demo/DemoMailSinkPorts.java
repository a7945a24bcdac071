package jp.cityplan.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Free loopback ports for the demo mail sink of a test context, so that test contexts (and a demo app running beside
 * the tests) never fight over 3025/3143. The ports are chosen once per registration and stay fixed for that context.
 */
public final class DemoMailSinkPorts {

    private DemoMailSinkPorts() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        int smtp = freePort();
        int imap = freePort();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp);
        registry.add("demo.mail-sink.imap-port", () -> imap);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
