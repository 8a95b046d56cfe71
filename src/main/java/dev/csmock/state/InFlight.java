package dev.csmock.state;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The requests being served, so that nothing a request would still do outlives its client or a
 * reset: a reset abandons every request in flight, forgetting an account abandons that account's,
 * and a request whose client has gone abandons itself. An abandoned request changes nothing more
 * (its pending write is refused inside the store's atomic update) and is not journaled.
 */
@ApplicationScoped
public class InFlight {

    private final Set<Exchange> open = ConcurrentHashMap.newKeySet();

    /** A request of {@code account} starts being served; {@code onAbandon} runs once if a reset or forget abandons it. */
    public Exchange open(String account, Runnable onAbandon) {
        Exchange exchange = new Exchange(account, onAbandon);
        open.add(exchange);
        return exchange;
    }

    /** Abandons every request in flight (a reset, an import). */
    public void abandonAll() {
        open.forEach(Exchange::abandon);
    }

    /** Abandons the requests in flight of one account (forgetting it). */
    public void abandon(String account) {
        open.forEach(exchange -> {
            if (exchange.account.equals(account)) {
                exchange.abandon();
            }
        });
    }

    /** One request in flight; as a {@link BooleanSupplier}: whether its effects are still wanted. */
    public final class Exchange implements BooleanSupplier {

        private final String account;
        private final Runnable onAbandon;
        private final AtomicBoolean abandoned = new AtomicBoolean();

        private Exchange(String account, Runnable onAbandon) {
            this.account = account;
            this.onAbandon = onAbandon;
        }

        @Override
        public boolean getAsBoolean() {
            return !abandoned.get();
        }

        /** The request ended (answered, or its connection closed): it is no longer in flight. */
        public void close() {
            open.remove(this);
        }

        /** The client has gone: nothing of this request may be applied any more. */
        public void clientLeft() {
            abandoned.set(true);
            close();
        }

        private void abandon() {
            if (abandoned.compareAndSet(false, true)) {
                close();
                onAbandon.run();
            }
        }
    }
}
