package org.activationexplorer.session;

import java.nio.file.Path;
import org.activationexplorer.train.Divergence;

/**
 * Something that happened to a run, as values: the window's banner and status line and the command line's
 * messages are made from these in one place (EventText), and tests assert on the values, not on words.
 */
public sealed interface RunEvent {

    /** Loading the dataset from this folder. */
    record Loading(Path folder) implements RunEvent {}

    /** The dataset could not be loaded; the reason is already in words (it names the file). */
    record LoadFailed(Path folder, String reason) implements RunEvent {}

    /** Training stopped with an unexpected error, in words. */
    record Failed(String reason) implements RunEvent {}

    /** Training paused itself: the run can be restored to the weights of step restoreStep. */
    record Diverged(Divergence divergence, long step, long restoreStep, boolean trainableActivation)
            implements RunEvent {}

    /** The weights of checkpoint step `step` are back, with (possibly) new settings; the run is paused. */
    record Restored(long step) implements RunEvent {}

    /** Restore was refused: the new settings give another network shape, or are invalid. */
    record RestoreRefused(boolean shapeChanged, String reason) implements RunEvent {}

    /** Every epoch ran; the run file's outcome (null when no runs folder is set). */
    record Finished(int epochs, SaveOutcome save) implements RunEvent {}

    /** Stopped by the user after `steps` batches; the run file's outcome (null when not saved). */
    record Stopped(long steps, SaveOutcome save) implements RunEvent {}

    /** Saved on request mid-run (the run goes on as it was). */
    record SavedNow(SaveOutcome save) implements RunEvent {}

    /** The outcome of writing a run file. */
    sealed interface SaveOutcome {}

    /** Written: the file and the steps it holds. */
    record Saved(Path file, long steps) implements SaveOutcome {}

    /** Not written: why, in words naming the file. */
    record SaveFailed(Path file, String reason) implements SaveOutcome {}

    /** Nothing to write: no runs folder, or no step trained. */
    record NothingToSave() implements SaveOutcome {}
}
