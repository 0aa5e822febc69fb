#!/bin/bash
# Joins the shards of deploy/sweep-slurm.sh once every array task has succeeded.
#SBATCH --job-name=custody-merge
#SBATCH --cpus-per-task=1
#SBATCH --mem=1G
#SBATCH --time=00:10:00
#SBATCH --output=logs/merge-%j.out

set -euo pipefail
custody merge out/sweep-shards/* --out out/sweep
