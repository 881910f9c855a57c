package io.jixiao.tools.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collections this JVM reports while it listens (the collectors' notifications): each one's duration in
 * milliseconds — a young or full collection's pause for the serial, parallel and G1 collectors, a cycle or a pause
 * for ZGC's two beans. The load benchmark reports those of each measured phase.
 */
final class GcPauses implements NotificationListener, AutoCloseable {

    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final List<Long> durations = new ArrayList<>();
    private int mark;

    GcPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(this, null, null);
                emitters.add(e);
            }
        }
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) n.getUserData());
            synchronized (this) {
                durations.add(info.getGcInfo().getDuration());
                notifyAll();
            }
        }
    }

    /**
     * A full collection between phases (as JMH makes between iterations), then a mark: {@link #since()} gives the
     * collections after it. Waits (two seconds at most) for the notifications of every collection it made (the
     * parallel collector makes a young one, then a full one), so that none is counted in the next phase.
     */
    void collectAndMark() throws InterruptedException {
        int before;
        synchronized (this) {
            before = durations.size();
        }
        long counted = collections();
        System.gc();
        long made = collections() - counted;
        long end = System.nanoTime() + 2_000_000_000L;
        synchronized (this) {
            while (durations.size() - before < made && System.nanoTime() < end) {
                wait(50);
            }
            mark = durations.size();
        }
    }

    /** Every collection the collectors have counted so far. */
    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(c -> c > 0).sum();
    }

    /**
     * The collections since the last {@link #mark()}. The notifications come on their own thread shortly after a
     * collection: a collection in the last moment of a phase may be counted in the next.
     */
    synchronized List<Long> since() {
        return List.copyOf(durations.subList(mark, durations.size()));
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // not listening: nothing to remove
            }
        }
    }
}
