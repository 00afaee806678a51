package org.activationexplorer.train;

import java.util.concurrent.atomic.AtomicReference;

/** Latest-wins hand-off between threads: the producer overwrites, the consumer takes what is newest. */
public final class Latest<T> {
    private final AtomicReference<T> value = new AtomicReference<>();

    public void publish(T newest) {
        value.set(newest);
    }

    /** The newest value not taken yet, or null. */
    public T take() {
        return value.getAndSet(null);
    }
}
