package jp.cityplan.app.config.rest;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Passes successful responses straight through, but holds back the body of an error response (status 400 or more
 * when the body is opened) until it is complete, so that {@link EngineRestErrorFilter} can look at it and rewrite
 * it. The held-back body is handed over once, when the stream is closed or when the filter ends, whichever comes
 * first (the engine's long-polling answers are written after the filter has returned).
 */
final class ErrorBodyCapturingResponse extends HttpServletResponseWrapper {

    private final Consumer<ErrorBodyCapturingResponse> onComplete;
    private ByteArrayOutputStream captured;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean decided;
    private long pendingLength = -1;
    private boolean completed;

    ErrorBodyCapturingResponse(HttpServletResponse response, Consumer<ErrorBodyCapturingResponse> onComplete) {
        super(response);
        this.onComplete = onComplete;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            if (!decide()) {
                return super.getOutputStream();
            }
            stream = new CapturingStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (!decide()) {
                return super.getWriter();
            }
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    /**
     * The length is set before the status (Jersey does so), so it is held until the body is opened: passed on for a
     * body that passes, dropped for one that may be rewritten.
     */
    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!decided) {
            pendingLength = length;
        } else if (captured == null) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (isContentLength(name)) {
            setContentLengthLong(Long.parseLong(value.trim()));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (isContentLength(name)) {
            setContentLengthLong(Long.parseLong(value.trim()));
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (isContentLength(name)) {
            setContentLengthLong(value);
        } else {
            super.setIntHeader(name, value);
        }
    }

    /** Whether the body is held back: decided once, by the status when the body is first opened. */
    private boolean decide() {
        if (!decided) {
            decided = true;
            if (getStatus() >= 400) {
                captured = new ByteArrayOutputStream();
            } else if (pendingLength >= 0) {
                super.setContentLengthLong(pendingLength);
            }
        }
        return captured != null;
    }

    /** At the end of a request whose body was never opened: a length set meanwhile still applies. */
    void finishWithoutBody() {
        if (!decided && pendingLength >= 0) {
            decided = true;
            super.setContentLengthLong(pendingLength);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (captured == null) {
            super.flushBuffer();
        }
    }

    boolean isCapturing() {
        return captured != null;
    }

    byte[] capturedBody() {
        if (writer != null) {
            writer.flush();
        }
        return captured.toByteArray();
    }

    HttpServletResponse original() {
        return (HttpServletResponse) getResponse();
    }

    /** Hands the held-back body over, once. */
    void complete() {
        if (captured != null && !completed) {
            completed = true;
            onComplete.accept(this);
        }
    }

    private static boolean isContentLength(String name) {
        return "Content-Length".equalsIgnoreCase(name);
    }

    private final class CapturingStream extends ServletOutputStream {

        @Override
        public void write(int b) {
            captured.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            captured.write(bytes, offset, length);
        }

        @Override
        public void close() {
            complete();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("error bodies are written blocking");
        }
    }
}
