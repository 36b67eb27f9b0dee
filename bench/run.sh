#!/usr/bin/env bash
# The benchmark (issue 6): builds the jar, generates its own data (bench/GenerateData.java), runs
# the real job on each data set as it is deployed (target/app, the extracted jar with its CDS
# archive, see README) in a JVM of its own with -Xmx$BENCH_HEAP under GNU time, runs the
# raw floors (bench/Floors.java: JDK SAX count over the sheet XML, Commons CSV parse) on the same
# files, and prints one table: wall, rows/s, rows/s of the ingest and decide steps, peak RSS, CPU time / wall, and
# each job figure as a ratio to its floor.
#
#   bench/run.sh                     everything: 100k and 1M rows (CSV and xlsx), the city night
#   bench/run.sh csv-100k night      only the named cases (csv-100k csv-1m xlsx-100k xlsx-1m night readers csv-4m)
#   bench/run.sh csv-4m              only when named: 4,000,000 rows (500 街道 × 200 months, 283 MB), the heap
#                                    at -Xmx256m when one file holds 100,000 submissions; its publish step
#                                    writes 200 workbooks of 500 街道 (10-30 minutes; timeout at least an hour)
#   bench/run.sh readers             the floors and the job's own readers alone on the 1M-row files
#
# Environment: BENCH_DIR (default target/bench; generated data is kept there and reused),
# BENCH_HEAP (default 256m), BENCH_DB (h2 | postgres; postgres uses a fresh database per case on
# the server of .ci/setup.d/10-postgresql.sh, see CONSOLIDATION_DB_* in application-postgres.yml),
# BENCH_STREETS / BENCH_MONTHS (the 1M backfill: 200 × 40 indicators × 125 months),
# BENCH_NIGHT (workbooks in the city night, default 500), BENCH_REPEAT (default 1: each job case once;
# N > 1: N - 1 more runs of each job case, each stopped once its decide step has ended, and the table
# gains the median, best and worst of the N ingest + decide figures: on a shared machine one run can be
# a quarter off the next), BENCH_TIMEOUT (seconds per run, default
# 600; a run past it is killed and reported as TIMEOUT), BENCH_TAG (names the results file, so
# runs with other settings keep theirs), BENCH_JAVA_OPTS (more JVM options for the job's runs, after
# those of config/jvm.options, which every job run gets),
# MVN_ARGS (default -o: offline).
# Needs Java 17, Maven and GNU time (Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."

HEAP=${BENCH_HEAP:-256m}
OPTIONS=$(realpath config/jvm.options)
DB=${BENCH_DB:-h2}
STREETS=${BENCH_STREETS:-200}
MONTHS=${BENCH_MONTHS:-125}
NIGHT=${BENCH_NIGHT:-500}
REPEAT=${BENCH_REPEAT:-1}
TIMEOUT=${BENCH_TIMEOUT:-600}
TAG=${BENCH_TAG:+-$BENCH_TAG}
W=$(realpath -m "${BENCH_DIR:-target/bench}")
CASES=("$@")
[ ${#CASES[@]} -gt 0 ] || CASES=(csv-100k xlsx-100k csv-1m xlsx-1m night)

[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }
mkdir -p "$W/data" "$W/runs" "$W/classes"

echo "== build" >&2
# say which step of the build failed (offline, -o, on a machine whose repository lacks a plugin: MVN_ARGS=" ")
trap 'echo "bench/run.sh: the build failed at line $LINENO: $BASH_COMMAND" >&2' ERR
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:--o} package -DskipTests
# the job as it is deployed (README): the jar the build extracted to target/app, with its CDS archive
JAR=$(realpath target/app/street-consolidation.jar)
CDS=$(realpath target/app/street-consolidation.jsa)
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:--o} dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$W/classpath.txt" >/dev/null
# the project's classes too, for the reader-only case (Floors reader)
CP="$W/classes:$(realpath target/classes):$(cat "$W/classpath.txt")"
javac -encoding UTF-8 -d "$W/classes" -cp "$CP" bench/GenerateData.java bench/Floors.java
trap - ERR

# ------------------------------------------------------------------ data (kept between runs)
D=$W/data
gen() { # gen <marker file> <args…>: generate once; the marker names the parameters
	local marker=$1
	shift
	if [ ! -e "$marker" ]; then
		echo "== generate $*" >&2
		java -Xmx512m -cp "$CP" GenerateData "$@"
		touch "$marker"
	fi
}
SMALL_STREETS=$((STREETS / 10))
gen "$D/.backfill-$STREETS-$MONTHS" backfill "$STREETS" "$MONTHS" "$D/backfill-1m.csv" "$D/backfill-1m.xlsx"
gen "$D/.backfill-$SMALL_STREETS-$MONTHS" backfill "$SMALL_STREETS" "$MONTHS" "$D/backfill-100k.csv" "$D/backfill-100k.xlsx"
gen "$D/.night-$NIGHT" night "$NIGHT" "$D/night"
gen "$D/.roster-$STREETS" roster "$STREETS" "$D/roster-backfill.yml"
gen "$D/.roster-$NIGHT" roster "$NIGHT" "$D/roster-night.yml"

# ------------------------------------------------------------------ measuring
RESULTS=$W/results$TAG.tsv
: >"$RESULTS"
REPEATS=$W/repeats$TAG.tsv
: >"$REPEATS"

# measure <name> <kind> <rows> <dir> <command…>: runs the command in <dir> under GNU time and
# appends name, kind, rows, wall, user, sys, max RSS (KB), exit status to results.tsv
measure() {
	local name=$1 kind=$2 rows=$3 dir=$4
	shift 4
	local tf="$dir/time.txt"
	echo "== $name" >&2
	set +e
	(cd "$dir" && /usr/bin/time -f "%e %U %S %M %x" -o "$tf" timeout -k 10 "$TIMEOUT" "$@" >"$dir/out.log" 2>&1)
	set -e
	# GNU time puts "Command exited with non-zero status" above the figures
	read -r wall user sys rss status < <(tail -1 "$tf") || true
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$kind" "$rows" "$wall" "$user" "$sys" "$rss" "$status" \
		"$(stored_seconds "$dir/out.log")" "$(step_seconds "$dir/out.log" publish)" >>"$RESULTS"
}

# stored_seconds <log>: read, normalize, validate, store: the ingest step (the partitions reading and
# staging the files) and the decide step (finalizing them in discovery order) together; or "-"
stored_seconds() {
	local ingest decide
	ingest=$(step_seconds "$1" ingest)
	decide=$(step_seconds "$1" decide)
	if [ "$ingest" = - ] || [ "$decide" = - ]; then echo -; else awk -v a="$ingest" -v b="$decide" 'BEGIN { printf "%.2f", a + b }'; fi
}

# step_seconds <log> <step>: Spring Batch logs "Step: [ingest] executed in 1m2s345ms"; prints the
# seconds, or "-"
step_seconds() {
	grep -ho "Step: \\[$2\\] executed in [0-9hms]*" "$1" 2>/dev/null | tail -1 | awk '{
		d = $5; s = 0
		while (match(d, /^[0-9]+(ms|h|m|s)/)) {
			t = substr(d, 1, RLENGTH); d = substr(d, RLENGTH + 1)
			n = t + 0
			if (t ~ /ms$/) s += n / 1000; else if (t ~ /h$/) s += n * 3600; else if (t ~ /m$/) s += n * 60; else s += n
		}
		printf "%.2f", s
	}' | grep . || echo -
}

# warm <file or folder>: read it once into the page cache, so that no floor waits for the disk (a
# cold 1M-row CSV made the Commons CSV floor 2.1-2.5 s at CPU/wall 0.6-0.9 instead of 1.3 s)
warm() {
	if [ -d "$1" ]; then cat "$1"/* >/dev/null; else cat "$1" >/dev/null; fi
}

floor() { # floor <name> <mode> <rows> <file>
	local dir="$W/runs/$1"
	rm -rf "$dir" && mkdir -p "$dir"
	warm "$4"
	measure "$1" floor "$3" "$dir" java "-Xmx$HEAP" -cp "$CP" Floors "$2" "$4"
}

reader() { # reader <name> <rows> <file>: the job's reader alone, into a counting sink
	local dir="$W/runs/$1"
	rm -rf "$dir" && mkdir -p "$dir"
	warm "$3"
	measure "$1" reader "$2" "$dir" java "-Xmx$HEAP" -cp "$CP" Floors reader "$3"
}

# database_args <name>: the arguments that point the job at a fresh database of its own (PostgreSQL;
# H2 lives in the run's folder), in DB_ARGS; drop_database drops it again
database_args() {
	DB_ARGS=()
	DATABASE=
	if [ "$DB" = postgres ]; then
		DATABASE="bench_${1//-/_}_$$"
		PGPASSWORD=${CONSOLIDATION_DB_PASSWORD:-consolidation} psql -X -q -h localhost -U "${CONSOLIDATION_DB_USER:-consolidation}" \
			-d consolidation -c "drop database if exists $DATABASE" -c "create database $DATABASE"
		DB_ARGS=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://localhost:5432/$DATABASE")
	fi
}

drop_database() {
	if [ -n "$DATABASE" ]; then
		PGPASSWORD=${CONSOLIDATION_DB_PASSWORD:-consolidation} psql -X -q -h localhost -U "${CONSOLIDATION_DB_USER:-consolidation}" \
			-d consolidation -c "drop database if exists $DATABASE"
	fi
}

# the job's command line, as an operator runs it: with the JVM options it ships with (config/jvm.options),
# and a GC log that shows where a run near the heap limit spends its time
job_command() { # job_command <roster>
	# shellcheck disable=SC2086
	JOB_COMMAND=(java "@$OPTIONS" "-Xmx$HEAP" -Xlog:gc:file=gc.log "-XX:SharedArchiveFile=$CDS" ${BENCH_JAVA_OPTS:-} -jar "$JAR"
		"--spring.config.additional-location=file:$1" --consolidation.settle=0s "${DB_ARGS[@]}" "${JOB_ARGS[@]}")
}

# job_run <run> <roster> <files…>: a fresh folder $W/runs/<run> with the files in its input folder, a fresh
# database, and the job's command line in JOB_COMMAND
job_run() {
	local run=$1 roster=$2
	shift 2
	local dir="$W/runs/$run"
	rm -rf "$dir" && mkdir -p "$dir/input"
	# -L: the job leaves links in its input folder alone (an operator must drop the file itself), so
	# a data set linked into BENCH_DIR is copied as the files it points to
	cp -rL "$@" "$dir/input/"
	# what the copy and the run before wrote goes to the disk now, not during the run: without this the
	# kernel's writeback of the previous run's database and workbooks ran during the next one (csv-1m,
	# BENCH_REPEAT=5: the first repeat after the full run 4.55 s against 3.53 s for the full run; with
	# it 3.52 s against 3.30 s, every repeat 3.35-3.55 s)
	sync
	database_args "$run"
	job_command "$roster"
}

job() { # job <name> <rows> <roster> <files…>
	local name=$1 rows=$2 roster=$3
	shift 3
	local dir="$W/runs/$name"
	job_run "$name" "$roster" "$@"
	measure "$name" job "$rows" "$dir" "${JOB_COMMAND[@]}"
	drop_database
	local report
	report=$(ls "$dir"/output/运行报告_*.txt 2>/dev/null | head -1 || true)
	if [ -n "$report" ]; then
		echo "   $(grep '^数据行' "$report")" >&2
	fi
	local r
	for ((r = 2; r <= REPEAT; r++)); do
		repeat_ingest "$name" "$r" "$roster" "$@"
	done
}

# repeat_ingest <name> <r> <roster> <files…>: run r of the case again, stopped (SIGTERM) once its decide
# step has ended: the ingest and decide steps only, appended to repeats.tsv
repeat_ingest() {
	local name=$1 r=$2 roster=$3
	shift 3
	local dir="$W/runs/$name-$r"
	job_run "$name-$r" "$roster" "$@"
	echo "== $name, run $r (to the end of the decide step)" >&2
	(cd "$dir" && exec timeout -k 10 "$TIMEOUT" "${JOB_COMMAND[@]}" >"$dir/out.log" 2>&1) &
	local pid=$!
	while kill -0 "$pid" 2>/dev/null && ! grep -q 'Step: \[decide\] executed' "$dir/out.log" 2>/dev/null; do
		sleep 0.2
	done
	kill -TERM "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	drop_database
	printf '%s\t%s\n' "$name" "$(stored_seconds "$dir/out.log")" >>"$REPEATS"
}

JOB_ARGS=() # more arguments for the next job run
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for c in "${CASES[@]}"; do
	case $c in
		csv-100k)
			floor floor-csv-100k csv $((SMALL_STREETS * 40 * MONTHS)) "$D/backfill-100k.csv"
			job csv-100k $((SMALL_STREETS * 40 * MONTHS)) "$D/roster-backfill.yml" "$D/backfill-100k.csv" ;;
		xlsx-100k)
			floor floor-xlsx-100k sax $((SMALL_STREETS * 40 * MONTHS)) "$D/backfill-100k.xlsx"
			job xlsx-100k $((SMALL_STREETS * 40 * MONTHS)) "$D/roster-backfill.yml" "$D/backfill-100k.xlsx" ;;
		csv-1m)
			floor floor-csv-1m csv $((STREETS * 40 * MONTHS)) "$D/backfill-1m.csv"
			reader reader-csv-1m $((STREETS * 40 * MONTHS)) "$D/backfill-1m.csv"
			job csv-1m $((STREETS * 40 * MONTHS)) "$D/roster-backfill.yml" "$D/backfill-1m.csv" ;;
		xlsx-1m)
			floor floor-xlsx-1m sax $((STREETS * 40 * MONTHS)) "$D/backfill-1m.xlsx"
			reader reader-xlsx-1m $((STREETS * 40 * MONTHS)) "$D/backfill-1m.xlsx"
			job xlsx-1m $((STREETS * 40 * MONTHS)) "$D/roster-backfill.yml" "$D/backfill-1m.xlsx" ;;
		readers) # the floors and the job's readers alone on the 1M-row files, without the job (a minute)
			floor floor-csv-1m csv $((STREETS * 40 * MONTHS)) "$D/backfill-1m.csv"
			reader reader-csv-1m $((STREETS * 40 * MONTHS)) "$D/backfill-1m.csv"
			floor floor-xlsx-1m sax $((STREETS * 40 * MONTHS)) "$D/backfill-1m.xlsx"
			reader reader-xlsx-1m $((STREETS * 40 * MONTHS)) "$D/backfill-1m.xlsx" ;;
		csv-4m) # 4× the 1M backfill: above the default text limit of a file, so raised for it
			gen "$D/.backfill-500-200" backfill 500 200 "$D/backfill-4m.csv"
			gen "$D/.roster-500-4m" roster 500 "$D/roster-4m.yml"
			floor floor-csv-4m csv 4000000 "$D/backfill-4m.csv"
			JOB_ARGS=(--consolidation.max-file-chars=400000000)
			saved_timeout=$TIMEOUT
			TIMEOUT=$((TIMEOUT > 3600 ? TIMEOUT : 3600))
			job csv-4m 4000000 "$D/roster-4m.yml" "$D/backfill-4m.csv"
			TIMEOUT=$saved_timeout
			JOB_ARGS=() ;;
		night)
			floor floor-night sax $((NIGHT * 70)) "$D/night"
			job night $((NIGHT * 70)) "$D/roster-night.yml" "$D"/night/*.xlsx ;;
		*) echo "unknown case $c" >&2; exit 2 ;;
	esac
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ------------------------------------------------------------------ the table
{
	echo "Benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)," \
		"$(java -version 2>&1 | head -1), @config/jvm.options -Xmx$HEAP, target/app with its CDS archive ${BENCH_JAVA_OPTS:-}, database $DB; load average before $LOAD_BEFORE, after $LOAD_AFTER"
	echo
	echo "| case | rows | wall s | rows/s (wall) | ingest + decide s | rows/s (ingest + decide) | publish step s | peak RSS MB | CPU s / wall | floor wall s | wall ÷ floor | result |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
	awk -F'\t' '
		$2 == "floor" { fwall[$1] = $4; frows[$1] = $3; fline[$1] = $0 }
		{ line[NR] = $0 }
		END {
			for (i = 1; i <= NR; i++) {
				split(line[i], f, "\t")
				name = f[1]; kind = f[2]; rows = f[3]; wall = f[4]; cpu = f[5] + f[6]; rss = f[7] / 1024; status = f[8]; ingest = f[9]; report = f[10]
				floorname = (kind == "job") ? "floor-" name : (kind == "reader") ? "floor-" substr(name, 8) : ""
				if (name == "night") floorname = "floor-night"
				result = (status == "0") ? "ok" : (status == "124" || status == "137") ? "TIMEOUT" : "FAILED (exit " status ")"
				ingestrate = (status == "0" && ingest != "-" && ingest > 0) ? sprintf("%.0f", rows / ingest) : "—"
				rate = (status == "0" && wall > 0) ? sprintf("%.0f", rows / wall) : "—"
				if (status == "0" && kind != "floor" && (floorname in fwall) && fwall[floorname] > 0) {
					fw = sprintf("%.2f", fwall[floorname]); ratio = sprintf("%.1f×", wall / fwall[floorname])
				} else { fw = "—"; ratio = "—" }
				label = (kind == "floor") ? name " (" (name ~ /csv/ ? "Commons CSV parse" : "JDK SAX count") ")" : (kind == "reader") ? name " (the job'"'"'s reader alone)" : "job " name
				printf "| %s | %d | %.2f | %s | %s | %s | %s | %.0f | %.2f | %s | %s | %s |\n", label, rows, wall, rate,
					(kind == "job" ? ingest : "—"), (kind == "job" ? ingestrate : "—"), (kind == "job" ? report : "—"), rss, (wall > 0 ? cpu / wall : 0), fw, ratio, result
			}
		}' "$RESULTS"
	if [ "$REPEAT" -gt 1 ]; then
		echo
		echo "Ingest + decide over $REPEAT runs of each job case (the first run above, the others stopped after the decide step):"
		echo
		echo "| case | rows | runs | median s | rows/s at the median | best s | rows/s at the best | worst s |"
		echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
		awk -F'\t' 'FNR == NR { if ($2 == "job" && $9 != "-") { rows[$1] = $3; v[$1] = v[$1] " " $9; order[++n] = $1 } next }
			$2 != "-" && ($1 in rows) { v[$1] = v[$1] " " $2 }
			END {
				for (i = 1; i <= n; i++) {
					name = order[i]; k = split(substr(v[name], 2), x, " ")
					for (a = 1; a <= k; a++) for (b = a + 1; b <= k; b++) if (x[b] + 0 < x[a] + 0) { t = x[a]; x[a] = x[b]; x[b] = t }
					med = (k % 2) ? x[(k + 1) / 2] : (x[k / 2] + x[k / 2 + 1]) / 2
					printf "| job %s | %d | %d | %.2f | %.0f | %.2f | %.0f | %.2f |\n", name, rows[name], k, med, rows[name] / med, x[1], rows[name] / x[1], x[k]
				}
			}' "$RESULTS" "$REPEATS"
	fi
	echo
	echo "Logs, GNU time output and the job's outputs: $W/runs/<case>/."
} | tee "$W/results$TAG.md"
