#!/bin/bash
# A sweep as a Slurm job array: every array task runs one shard of the same grid into one shared folder.
#
#   mvn -q -B package -DskipTests            # once, on the login node: the tasks must not all build the jar at once
#   sbatch docs/sweep-slurm.sh               # from the project root; prints "Submitted batch job JOBID"
#   sbatch --dependency=afterok:JOBID --wrap "bin/explorer report $HOME/sweeps/relu-pau"   # tables and figures
#
# --shard INDEX/N takes Slurm's $SLURM_ARRAY_TASK_ID as it is (0-based with --array=0-(N-1)): task i trains the
# cells whose grid index mod N is i, so the N tasks together train every cell exactly once. Resubmitting the same
# script (or one task: sbatch --array=2 ...) resumes: cells whose run file is complete are skipped, a file cut short
# by a killed task is trained again. Every task must be given the same grid options, or the shards do not add up.
#SBATCH --job-name=explorer-sweep
#SBATCH --array=0-3
#SBATCH --cpus-per-task=2
#SBATCH --mem=6G
#SBATCH --time=04:00:00
#SBATCH --output=explorer-sweep-%A_%a.log
set -euo pipefail

SHARDS=${SLURM_ARRAY_TASK_COUNT:-4}          # N: as many shards as array tasks
OUT=${SWEEP_OUT:-$HOME/sweeps/relu-pau}      # on a file system every node sees (NFS, Lustre, ...)
mkdir -p "$OUT"
cd "${SLURM_SUBMIT_DIR:-.}"
export EXPLORER_JAVA_OPTS="${EXPLORER_JAVA_OPTS:--Xmx3g}"

# --workers: cells trained at once in this task; each gets cores / workers GEMM threads (1 or 2), so that
# workers × threads ≤ the cores Slurm gave the task (--cpus-per-task).
bin/explorer sweep --activations relu,pau,ditac --archs mlp --seeds 1-5 --lr 1e-3,3e-3 --epochs 3 \
    --workers 1 --shard "$SLURM_ARRAY_TASK_ID/$SHARDS" --out "$OUT" \
    > "$OUT/cells-$SLURM_ARRAY_TASK_ID.jsonl" \
    || [ $? -eq 3 ]  # 3: some cells diverged (their JSON lines say so); a rerun would diverge again, so done
