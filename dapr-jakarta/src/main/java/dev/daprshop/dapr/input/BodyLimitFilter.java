package dev.daprshop.dapr.input;

import dev.daprshop.dapr.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request body of more than {@value #MAX_BYTES} bytes is read (the largest order is a few
 * kilobytes): a declared {@code Content-Length} over it is refused at once with 413, and a body
 * sent without one (chunked) is cut off with 413 where it crosses the limit, before it is parsed.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && tooLong(declared)) {
            request.abortWith(tooLarge().toResponse());
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    private static boolean tooLong(String declared) {
        try {
            return Long.parseLong(declared.trim()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;   // the container has refused a malformed length already
        }
    }

    static ProblemException tooLarge() {
        return ProblemException.tooLarge("the request body must not exceed " + MAX_BYTES + " bytes");
    }

    /** Counts what is read and stops at the limit. */
    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
