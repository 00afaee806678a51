package org.activationexplorer.sweep;

/**
 * One of `count` deterministic parts of a grid: the cells whose index i (in the grid's fixed order) has
 * i mod count == index. The index is 0-based, as a scheduler numbers its tasks: Slurm's $SLURM_ARRAY_TASK_ID with
 * --array=0-(N-1), Kubernetes' $JOB_COMPLETION_INDEX in an Indexed Job.
 */
public record Shard(int index, int count) {
    /** The whole grid. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("--shard INDEX/N needs N ≥ 1 and INDEX from 0 to N−1 (0-based, as "
                    + "$SLURM_ARRAY_TASK_ID and $JOB_COMPLETION_INDEX), got " + index + "/" + count);
        }
    }

    /** "INDEX/N", e.g. "0/4" … "3/4"; an IllegalArgumentException in words otherwise. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--shard must be INDEX/N, e.g. 0/4 (INDEX 0-based), got '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard must be INDEX/N with whole numbers, e.g. 0/4, got '" + text
                    + "'");
        }
    }

    public boolean includes(int cell) {
        return cell % count == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
