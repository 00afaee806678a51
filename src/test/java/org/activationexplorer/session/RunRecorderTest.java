package org.activationexplorer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.train.LossHistory;
import org.junit.jupiter.api.Test;

class RunRecorderTest {
    @Test
    void aLongRunKeepsABoundedDenserEarlyScheduleWithItsFirstAndLastStep() {
        RunRecorder recorder = new RunRecorder(List.of()); // no layers: the schedule alone
        recorder.record(0, 0);
        long last = 1_000_003;
        for (long step = 1; step <= last; step++) {
            recorder.afterStep(step, (int) (step / 469));
        }
        recorder.record(last, 2132);
        assertTrue(recorder.frames() <= RunRecorder.MAX_FRAMES + 1, recorder.frames() + " frames");
        assertTrue(recorder.frames() > RunRecorder.MAX_FRAMES / 2, "thinning halves, it does not empty");
        RunRecord record = recorder.toRecordForTest();
        List<RunRecord.Frame> frames = record.frames();
        assertEquals(0, frames.get(0).step(), "the first frame stays");
        assertEquals(last, frames.get(frames.size() - 1).step(), "the last frame stays");
        for (long p = 1; p <= last; p *= 2) {
            long power = p;
            assertTrue(frames.stream().anyMatch(f -> f.step() == power), "step " + power + " (log-spaced) kept");
        }
        for (int i = 1; i < frames.size(); i++) {
            assertTrue(frames.get(i).step() > frames.get(i - 1).step(), "in order");
        }
    }
}
