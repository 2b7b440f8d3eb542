"""Regenerate docs/querying.md: runs every command on the seeds and pastes its real output.

    .venv/bin/python scripts/docs/gen_querying.py
"""
import os, pathlib, shutil, subprocess, tempfile, time, signal, re, urllib.request
REPO = pathlib.Path(__file__).resolve().parents[2]
HERE = pathlib.Path(__file__).resolve().parent
WORK = pathlib.Path(tempfile.mkdtemp(prefix="kg-docs-"))
(WORK / "seeds").symlink_to(REPO / "seeds")
shutil.copy(HERE / "examples.py", WORK / "examples.py")
os.chdir(WORK)
ENV = dict(os.environ, PATH=f"{REPO / '.venv/bin'}:" + os.environ["PATH"], COLUMNS="100")

def sh(cmd, limit=None, stderr=True):
    p = subprocess.run(cmd, shell=True, capture_output=True, text=True, env=ENV)
    out = p.stdout
    lines = out.splitlines()
    if limit and len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(out.splitlines()) - limit} more lines)"]
    text = "\n".join(lines)
    if stderr and p.stderr.strip():
        text = (text + "\n" if text else "") + p.stderr.rstrip()
    if p.returncode:
        text += f"\n$ echo $?\n{p.returncode}"
    return f"```console\n$ {cmd}\n{text}\n```\n"

parts = {}
parts["build"] = sh("kg build seeds/ --out graph.ttl --html exports/graph.html --no-cache")
parts["adhoc"] = sh("""kg query graph.ttl 'SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n) LIMIT 5'""")
parts["adhoc_json"] = sh("""kg query graph.ttl 'SELECT ?d ?label WHERE { ?d a kg:Benchmark ; rdfs:label ?label } ORDER BY ?label LIMIT 2' --format json""")
parts["adhoc_csv"] = sh("""kg query graph.ttl 'SELECT ?label WHERE { ?d a kg:Benchmark ; rdfs:label ?label } ORDER BY ?label LIMIT 3' --format csv""")
open("results.rq", "w").write("# The papers reporting the most results\nSELECT ?title (COUNT(?result) AS ?results) WHERE {\n  ?paper kg:reportsResult ?result ; dcterms:title ?title .\n} GROUP BY ?title ORDER BY DESC(?results) ?title LIMIT 3\n")
parts["rqfile"] = "```console\n$ cat results.rq\n" + open("results.rq").read() + "```\n\n" + sh("kg query graph.ttl results.rq")
parts["construct"] = sh("""kg query graph.ttl 'CONSTRUCT { ?p kg:proposes ?m } WHERE { ?p kg:proposes ?m ; dcterms:title ?t FILTER(STRSTARTS(?t, "Supervision Exists")) }'""", limit=14)
parts["list"] = sh("kg query --list")
parts["leaderboard"] = sh("kg query graph.ttl --name leaderboard --param dataset=imagenet")
parts["using"] = sh("kg query graph.ttl --name papers-using-method --param method=clip")
parts["fortask"] = sh("kg query graph.ttl --name datasets-for-task --param task='mathematical reasoning'")
parts["code"] = sh("kg query graph.ttl --name code-for-method --param method=transformer")
parts["introduced"] = sh("kg query graph.ttl --name introduced-datasets", limit=10)
parts["together"] = sh("kg query graph.ttl --name datasets-used-together --param dataset=gsm8k", limit=8)
parts["errors"] = "\n".join([
    sh("kg query graph.ttl 'SELECT * WHERE { ?s ?p }'"),
    sh("kg query graph.ttl --name leaderboard"),
    sh("kg query graph.ttl --name leaderbord"),
    sh("kg query missing.ttl --name leaderboard --param dataset=x"),
])
parts["stats"] = sh("kg stats graph.ttl")
parts["show"] = sh("kg show graph.ttl clip")
parts["show2"] = sh("kg show graph.ttl gsm8k", limit=14)
parts["show_missing"] = sh("kg show graph.ttl Transformr")
parts["export"] = "\n".join([
    sh("kg export graph.ttl --format jsonld --out exports/graph.jsonld"),
    sh("kg export graph.ttl --format nt --out exports/graph.nt"),
    sh("kg export graph.ttl --format graphml --out exports/graph.graphml"),
    sh("kg export graph.ttl --format gexf --out exports/graph.gexf"),
    sh("kg export graph.ttl --format csv --out exports/tables"),
    sh("head -3 exports/tables/links.csv"),
    sh("wc -l exports/tables/*.csv"),
])
iso = '''python - <<'EOF'
from rdflib import Graph
from rdflib.compare import isomorphic
turtle = Graph().parse("graph.ttl")
for path, fmt in [("exports/graph.jsonld", "json-ld"), ("exports/graph.nt", "nt")]:
    print(path, len(Graph().parse(path, format=fmt)), isomorphic(Graph().parse(path, format=fmt), turtle))
EOF'''
parts["iso"] = sh(iso)
parts["validate"] = sh("kg validate graph.ttl")
broken = open("graph.ttl").read() + '\n<paper/broken> a kg:Paper .\n<mention/x> a kg:Mention ; kg:confidence 1.5 .\n'
open("broken.ttl", "w").write(broken)
parts["validate_bad"] = sh("kg validate broken.ttl")
parts["python"] = "```python\n" + open("examples.py").read() + "```\n\n" + sh("python examples.py").replace("$ python examples.py", "$ python examples.py", 1)

server = subprocess.Popen("exec kg serve graph.ttl --port 8765", shell=True, env=ENV,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
# Wait until it answers (parsing the graph takes a few seconds, more on a slow machine): a fixed
# sleep pasted "curl: exit 7" into the docs when the server was not up yet.
for _ in range(240):
    try:
        urllib.request.urlopen("http://127.0.0.1:8765/", timeout=1).close()
        break
    except OSError:
        time.sleep(0.25)
serve_lines = []
parts["serve_curl"] = "\n".join([
    sh("""curl -s -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?label (COUNT(DISTINCT ?p) AS ?papers) WHERE { ?p kg:evaluatedOn ?d . ?d rdfs:label ?label } GROUP BY ?label ORDER BY DESC(?papers) LIMIT 3' http://127.0.0.1:8765/sparql"""),
    sh("""curl -s -H 'Content-Type: application/sparql-query' -H 'Accept: application/sparql-results+json' --data 'SELECT ?m WHERE { ?p kg:proposes ?m } LIMIT 1' http://127.0.0.1:8765/sparql"""),
    sh("""curl -s -G -H 'Accept: application/sparql-results+xml' --data-urlencode 'query=ASK { ?p kg:introduces ?d }' http://127.0.0.1:8765/sparql"""),
    sh("""curl -s -i --data-urlencode 'update=DROP ALL' http://127.0.0.1:8765/sparql | sed -n '1p;$p'"""),
    sh("""curl -s -i -H 'Content-Type: application/sparql-query' --data 'DELETE WHERE { ?s ?p ?o }' http://127.0.0.1:8765/sparql | sed -n '1p;$p'"""),
    sh("""curl -s -i -G --data-urlencode 'query=SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }' http://127.0.0.1:8765/sparql | sed -n '1p;$p'"""),
    sh("""head -c 70000 /dev/zero | tr '\\0' ' ' | curl -s -i -H 'Content-Type: application/sparql-query' --data-binary @- http://127.0.0.1:8765/sparql | sed -n '1p;$p'"""),
    sh("""curl -s -o /dev/null -w '%{http_code} %{content_type}\\n' http://127.0.0.1:8765/"""),
])
server.send_signal(signal.SIGINT)
out, err = server.communicate(timeout=10)
parts["serve_start"] = f"```console\n$ kg serve graph.ttl --port 8765\n{err.rstrip()}\n```\n"

template = open(HERE / "querying.md.in").read()
for key, value in parts.items():
    template = template.replace("{{" + key + "}}", value.rstrip("\n"))
missing = re.findall(r"\{\{(\w+)\}\}", template)
assert not missing, missing
open(REPO / "docs/querying.md", "w").write(template)
print("ok")
