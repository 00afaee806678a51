package org.activationexplorer.activation.trainable;

import java.util.function.Consumer;
import org.activationexplorer.activation.Splitter;

/**
 * MittagLefflerGated's gate tables, one per parameter set, each rebuilt from the exact gate when its set's θ moved
 * (once per training step), and a version that counts rebuilds, so that a backward knows whether the positions and
 * slopes its forward left were made with the table it would read now.
 */
final class MittagLefflerTables {
    private final GateTable[] tables;
    private final MittagLefflerGate gate;
    private int version;

    /** Tables reaching u = limit, for sets parameter sets of the gate. */
    MittagLefflerTables(int sets, double limit, MittagLefflerGate gate) {
        this.gate = gate;
        tables = new GateTable[sets];
        for (int i = 0; i < sets; i++) {
            tables[i] = new GateTable(limit);
        }
    }

    /** The table of the set at theta[o..o+4), rebuilt first if θ moved (the build runs through inParts, on parts threads). */
    GateTable of(float[] theta, int o, Consumer<Splitter.Part> inParts, int parts) {
        GateTable table = tables[o / 4];
        if (!table.isFor(theta, o)) {
            gate.build(table, theta, o, inParts, parts);
            version++;
        }
        return table;
    }

    int version() {
        return version;
    }

    /** Intervals of every table (they share their limit). */
    int intervals() {
        return tables[0].intervals;
    }

    /** How far the tables reach in |u|. */
    double limit() {
        return tables[0].limit;
    }
}
