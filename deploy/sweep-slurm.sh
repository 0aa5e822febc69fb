#!/bin/bash
# One custody sweep as a Slurm job array: task K runs shard K/N, then merge joins the shards.
#
#   sbatch deploy/sweep-slurm.sh                         # the array: shards 0 … N−1
#   sbatch --dependency=afterok:<array job id> deploy/sweep-merge-slurm.sh
#
# N must equal the array's size (--array=0-(N−1)); every task writes its own folder.
#SBATCH --job-name=custody-sweep
#SBATCH --array=0-7
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=00:30:00
#SBATCH --output=logs/sweep-%A_%a.out

set -euo pipefail
N=8
SCENARIO=scenarios/xunyang-2023.toml
custody sweep "$SCENARIO" --samples 1000000 --method lhs --seed 1 \
    --shard "$SLURM_ARRAY_TASK_ID/$N" --threads "$SLURM_CPUS_PER_TASK" --quiet \
    --out "out/sweep-shards/$SLURM_ARRAY_TASK_ID"
