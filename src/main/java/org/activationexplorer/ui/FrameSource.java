package org.activationexplorer.ui;

/** Where the window's frames come from: the live run (LiveFrames) or a recorded one (RecordedFrames). */
interface FrameSource {
    /** The newest frame not taken yet, or null if nothing changed since the last call. */
    ViewFrame poll();
}
