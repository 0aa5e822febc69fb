#!/bin/sh
# Writes a large scenario and ledger for robustness measurements; nothing it writes is committed.
#
#   scripts/large-inputs.sh DIR [COMPOUNDS] [AREAS] [MONTHS] [BROKEN_ROW]
#
# DIR/large.toml: AREAS merged-custody areas over MONTHS months (default 20000, 2000, 36), each
# naming its COMPOUNDS/AREAS compounds of DIR/large-ledger.csv. With BROKEN_ROW (a spreadsheet
# row number, header = 1), that row's households cell is "abc", so `custody validate` must
# report DIR/large-ledger.csv:BROKEN_ROW:5. Same arguments, same bytes.
#
#   scripts/large-inputs.sh /tmp/big && /usr/bin/time -v .build/release/custody run /tmp/big/large.toml --out /tmp/big/out
#   scripts/large-inputs.sh /tmp/huge 1200000 2000 36 1000000    # about 100 MB, broken row 1,000,000
set -eu
dir=${1:?usage: large-inputs.sh DIR [COMPOUNDS] [AREAS] [MONTHS] [BROKEN_ROW]}
compounds=${2:-20000}
areas=${3:-2000}
months=${4:-36}
broken=${5:-0}
mkdir -p "$dir"

awk -v n="$compounds" -v broken="$broken" 'BEGIN {
    print "id,name,street,community,households,floor_area_m2,enclosable,self_manage_willing,adjacent_managed,idle_area_m2,parking_spaces,built_year"
    for (i = 0; i < n; i++) {
        households = 20 + (i * 7919) % 600
        area = households * (55 + (i * 31) % 40)
        cell = (i + 2 == broken) ? "abc" : households
        printf "C%07d,Compound %d,street-%d,community-%d,%s,%d,%s,no,no,%d,%d,%d\n", \
            i, i, i % 25, i % 250, cell, area, (i % 3 == 0 ? "yes" : "no"), (i % 5) * 10, (i % 7) * 5, 1980 + i % 25
    }
}' > "$dir/large-ledger.csv"

awk -v n="$compounds" -v a="$areas" -v months="$months" 'BEGIN {
    printf "[scenario]\nname = \"large: %d compounds in %d areas\"\nstart = \"2023-06\"\nmonths = %d\nledger = \"large-ledger.csv\"\n\n", n, a, months
    printf "[params]\nsubsidy_per_m2 = [0.3, 0.2, 0.1]\n"
    for (k = 0; k < a; k++) {
        lo = int(k * n / a); hi = int((k + 1) * n / a)
        printf "\n[[area]]\nid = \"area-%d\"\nstreet = \"street-%d\"\nmode = \"merged-custody\"\nprovider = \"restructured\"\ncompounds = [", k, k % 25
        for (i = lo; i < hi; i++) printf "%s\"C%07d\"", (i > lo ? ", " : ""), i
        print "]"
    }
}' > "$dir/large.toml"
