package jp.cityplan.bench.app.probe;

import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.cityplan.bench.sql.CountingDataSource;
import jp.cityplan.bench.sql.SqlCounts;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Loaded into plan-app only by the benchmark (its classes go on the app's {@code loader.path} and
 * {@code bench.probe.port} is set): counts every SQL statement and commit on the app's DataSource, stubs the mail
 * (what leaves the process, as in the engine-only run) and answers the counts on a loopback port
 * ({@code GET /sql}); for the long run it grows the proposals in the app's database ({@code POST /scale-copy},
 * {@link ScaleCopy}). Never part of the app's own jar.
 */
@AutoConfiguration(before = MailSenderAutoConfiguration.class)
@ConditionalOnProperty(name = "bench.probe.port")
public class BenchProbeAutoConfiguration {

    static final SqlCounts COUNTS = new SqlCounts();
    static final LongAdder MAILS = new LongAdder();

    @Bean
    static BeanPostProcessor benchCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? CountingDataSource.wrap(dataSource, COUNTS) : bean;
            }
        };
    }

    /** Renders every message as the app does, then drops it instead of talking SMTP. */
    @Bean
    JavaMailSender benchMailSender() {
        return new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                MAILS.add(messages.length);
            }

            @Override
            public void send(SimpleMailMessage... messages) {
                MAILS.add(messages.length);
            }
        };
    }

    @Bean
    ProbeServer benchProbeServer(Environment environment, ObjectProvider<DataSource> dataSources) throws IOException {
        return new ProbeServer(Integer.parseInt(environment.getRequiredProperty("bench.probe.port")), dataSources);
    }

    static final class ProbeServer implements DisposableBean {

        private final HttpServer server;

        ProbeServer(int port, ObjectProvider<DataSource> dataSources) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/scale-copy", exchange -> {
                Map<String, String> query = new HashMap<>();
                for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                    query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
                String json;
                int status = 200;
                try {
                    json = new ScaleCopy(dataSources.getObject()).copy(Integer.parseInt(query.get("closed")),
                            Integer.parseInt(query.get("open"))).entrySet().stream()
                            .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                            .collect(Collectors.joining(",", "{", "}"));
                } catch (java.sql.SQLException | RuntimeException failure) {
                    status = 500;
                    json = "{\"error\":\"" + String.valueOf(failure.getMessage()).replace('"', '\'') + "\"}";
                }
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.createContext("/sql", exchange -> {
                try (InputStream ignored = exchange.getRequestBody()) {
                    String json = COUNTS.snapshot().entrySet().stream()
                            .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                            .collect(Collectors.joining(",", "{", ",\"mails\":" + MAILS.sum() + "}"));
                    byte[] body = json.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            server.start();
        }

        @Override
        public void destroy() {
            server.stop(0);
        }
    }
}
