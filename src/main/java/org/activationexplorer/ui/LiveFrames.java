package org.activationexplorer.ui;

import org.activationexplorer.session.Snapshot;
import org.activationexplorer.session.TrainingSession;

/** Frames of the live run: its newest snapshot, taken at most once per pulse. */
final class LiveFrames implements FrameSource {
    private final TrainingSession session;
    private Snapshot latest;

    LiveFrames(TrainingSession session) {
        this.session = session;
    }

    @Override
    public ViewFrame poll() {
        Snapshot s = session.snapshots().take();
        if (s == null) {
            return null;
        }
        latest = s;
        return ViewFrame.of(s);
    }

    /** The snapshot of the last frame polled; null before the first. */
    Snapshot latest() {
        return latest;
    }

    /** Forget the last run (after Reset). */
    void clear() {
        session.snapshots().take();
        latest = null;
    }
}
