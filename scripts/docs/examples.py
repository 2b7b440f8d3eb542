from rdflib import Graph, Literal

graph = Graph().parse("graph.ttl", format="turtle")
PREFIXES = """
PREFIX kg: <https://w3id.org/kg-ml/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""

# 1. The datasets used by most papers (evaluated on or introduced).
most_used = PREFIXES + """
SELECT ?dataset (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
  ?paper kg:evaluatedOn|kg:introduces ?d .
  ?d rdfs:label ?dataset .
} GROUP BY ?dataset ORDER BY DESC(?papers) ?dataset LIMIT 5
"""
print("datasets used by most papers:")
for row in graph.query(most_used):
    print(f"  {row.papers:>2}  {row.dataset}")

# 2. The code repositories of papers that use a given method; the name is bound as a
#    literal through initBindings (never pasted into the query) and matches any alias.
code_of = PREFIXES + """
SELECT DISTINCT ?url ?title WHERE {
  ?m a kg:Method ; rdfs:label|skos:altLabel ?alias .
  FILTER(LCASE(STR(?alias)) = ?name)
  ?paper kg:uses ?m .
  ?paper kg:hasCode/schema:url ?url ; dcterms:title ?title .
} ORDER BY ?url
"""
print("\ncode of papers that use CLIP:")
for row in graph.query(code_of, initBindings={"name": Literal("clip")}):
    print(f"  {row.url}  ({row.title})")

# 3. The results reported on a dataset, best first per metric.
results_on = PREFIXES + """
SELECT ?metric ?value ?title WHERE {
  ?paper kg:reportsResult ?r ; dcterms:title ?title .
  ?r kg:resultDataset/rdfs:label ?dataset ; kg:value ?value .
  OPTIONAL { ?r kg:numericValue ?number }
  OPTIONAL { ?r kg:resultMetric/rdfs:label ?metricLabel }
  OPTIONAL { ?r kg:metricName ?metricName }
  BIND(COALESCE(?metricLabel, ?metricName, "(metric not named)") AS ?metric)
  FILTER(LCASE(STR(?dataset)) = ?name)
} ORDER BY ?metric DESC(?number)
"""
print("\nresults reported on GSM8K:")
for row in graph.query(results_on, initBindings={"name": Literal("gsm8k")}):
    print(f"  {row.metric}: {row.value}  ({row.title})")
