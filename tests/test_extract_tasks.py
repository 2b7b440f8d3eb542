"""The rule-based task ranker (kg.extract.tasks) on hand-written titles and abstracts."""

from __future__ import annotations

import pytest

from kg.extract.lexicon import load_lexicon
from kg.extract.tasks import MAX_TASKS, display, rank_tasks, score_candidates
from kg.read.text import clean_abstract


def _tasks(title: str, abstract: str = "", proposed: set[str] | None = None) -> list[str]:
    return [s.text for s in rank_tasks(title, abstract, load_lexicon(), proposed or set())]


@pytest.mark.parametrize("words, shown", [
    (["LiDAR", "Semantic", "Segmentation"], "LiDAR semantic segmentation"),
    (["Text-to-3D", "Synthesis"], "Text-to-3D synthesis"),
    (["Click-Through", "Rate", "Prediction"], "click-through rate prediction"),
])
def test_extract_tasks_display_keeps_acronyms_lowercases_title_case(words, shown):
    assert display(words) == shown


def test_extract_tasks_title_task_slot_comes_first():
    tasks = _tasks("A Generic Active Learning Baseline for LiDAR Semantic Segmentation")
    assert tasks[0] == "LiDAR semantic segmentation"
    assert "active learning" in tasks


def test_extract_tasks_a_known_task_the_title_names_beats_its_tail():
    tasks = _tasks("Zorb: Zero-shot Cross-lingual Named Entity Recognition with Sequence Translation",
                   "Named entity recognition (NER) suffers from scarce data. Entity recognition "
                   "across languages is hard.")
    shown = [t.lower() for t in tasks]
    assert "named entity recognition" in shown or "cross-lingual named entity recognition" in shown
    assert "entity recognition" not in shown


def test_extract_tasks_short_title_is_its_own_task():
    assert _tasks("Feature Collapse")[:1] == ["feature collapse"]


def test_extract_tasks_skip_proposed_names_and_whole_fields():
    tasks = _tasks("Deep Learning for Image Captioning",
                   "We study image captioning with deep learning. Deep learning is popular.",
                   proposed={"deep learning"})
    assert "deep learning" not in [t.lower() for t in tasks]
    assert tasks[0] == "image captioning"


def test_extract_tasks_skip_a_step_or_paradigm_the_paper_uses():
    # a pipeline step, a learning paradigm or a model kind is used, not addressed
    tasks = _tasks("Feature Extraction for Zorb Recognition",
                   "We study feature extraction for zorb recognition. Feature extraction is done "
                   "with supervised learning. Supervised learning needs labels.")
    assert tasks == ["zorb recognition"]


def test_extract_tasks_at_most_four_without_near_duplicates():
    abstract = ("We address object detection, semantic segmentation, instance segmentation, "
                "pose estimation, depth estimation and image classification. Object detection "
                "and semantic segmentation improve; pose estimation and depth estimation too.")
    tasks = _tasks("Dense Prediction for Object Detection and Semantic Segmentation", abstract)
    assert 1 <= len(tasks) <= MAX_TASKS
    words = [set(t.lower().split()) for t in tasks]
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            assert len(a & b) / len(a | b) < 0.5


def test_extract_tasks_offsets_point_at_the_text():
    title = "Mastering Code Generation through Deep Reinforcement Learning"
    abstract = "Program synthesis is hard. We study program synthesis with code generation."
    for span in rank_tasks(title, abstract, load_lexicon(), set()):
        text = title if span.field == "title" else abstract
        assert display(text[span.start:span.end].split()) == span.text
        assert 0 < span.score <= 0.95


def test_extract_tasks_deterministic():
    args = ("Towards Robust Visual Question Answering", "We study visual question answering "
            "and image captioning under distribution shift.")
    assert _tasks(*args) == _tasks(*args)


def test_extract_tasks_title_phrase_the_abstract_never_echoes_is_dropped():
    tasks = _tasks("Image Captioning: A Reality Check",
                   "We study image captioning with new metrics. Image captioning is hard.")
    assert "image captioning" in tasks
    assert "reality check" not in [t.lower() for t in tasks]


def test_extract_tasks_example_lists_are_background_unless_the_paper_evaluates_them():
    background = _tasks("A Study", "Large models excel at tasks such as machine translation and "
                                   "speech recognition. We study image captioning. Image "
                                   "captioning is hard.")
    assert "image captioning" in background
    assert "machine translation" not in background and "speech recognition" not in background
    own = _tasks("A Study", "We evaluate on tasks such as machine translation and speech "
                            "recognition.")
    assert {"machine translation", "speech recognition"} <= set(own)


def test_extract_tasks_leading_words_do_not_split_a_phrase_count():
    # Two single mentions behind different verbs add up to one task.
    tasks = _tasks("A Study", "Prior work cannot characterize individual fairness. We quantify "
                              "individual fairness.")
    assert "individual fairness" in tasks


def test_extract_tasks_language_models_are_written_llm():
    assert _tasks("Efficient Large Language Model Inference on Edge Devices",
                  "We study LLM inference on phones. It is fast.") == ["LLM inference"]
    assert "LLM planning" in _tasks("A Study", "We improve the planning ability of large "
                                               "language models.")
    assert "vision-language model adaptation" in _tasks(
        "Vision-Language Model Adaptation", "We study vision-language model adaptation.")


def test_extract_tasks_a_phrase_named_as_a_task_counts_once_mentioned():
    assert "column ranking" in _tasks("A Study", "We propose a method for the column ranking task.")
    assert "math problem-solving" in _tasks("A Study", "Math problem-solving is hard. We study "
                                                       "math problem-solving.")


def test_extract_tasks_verbs_and_vague_adjectives_are_not_modifiers():
    tasks = _tasks("A Study", "Models perform reasoning tasks well. They perform reasoning fast.")
    assert "perform reasoning" not in tasks


def test_extract_tasks_application_systems_are_tasks():
    assert "recommender systems" in _tasks("A Study", "Recommender systems are central. We build "
                                                      "recommender systems.")


def test_extract_tasks_vocabulary_names_do_not_span_punctuation():
    tasks = [t.lower() for t in _tasks("A Study", "Models transfer, learning from few examples.")]
    assert not any("transfer" in t and "learning" in t for t in tasks), tasks


def test_extract_tasks_title_means_slot_is_not_a_task():
    # "X with Y", "X using Y", "X via Y": Y is how the paper works, not what it works on.
    abstract = ("We present adaptive Bayesian sampling for learning mass matrices. Our sampler "
                "runs inside Monte Carlo EM. Bayesian sampling matters.")
    tasks = [t.lower() for t in _tasks("Adaptive Bayesian Sampling with Monte Carlo EM", abstract)]
    assert "adaptive bayesian sampling" in tasks
    assert "monte carlo em" not in tasks, tasks
    # The same chunk in a task slot stays a task candidate.
    tasks = [t.lower() for t in _tasks("Variance Reduction for Monte Carlo EM", abstract)]
    assert "monte carlo em" in tasks, tasks


def test_extract_tasks_one_mention_counts_once():
    # A vocabulary task with a task head is found by both phrase finders: still one mention.
    lexicon = load_lexicon()
    one, _ = score_candidates("A Study", "We study text classification.", lexicon, set())
    two, _ = score_candidates("A Study", "We study text classification. Text classification "
                                         "is hard.", lexicon, set())
    assert two["text classification"] - one["text classification"] == pytest.approx(1.0)


def test_extract_tasks_vocabulary_names_without_a_task_head_rank_below_tasks():
    # "inductive bias" is in the task vocabulary but names no activity: one mention of it ranks
    # below one mention of real tasks.
    abstract = ("Our inductive bias helps. We report text classification, object detection, "
                "machine translation and question answering results.")
    tasks = [t.lower() for t in _tasks("Image Captioning", abstract)]
    assert len(tasks) == MAX_TASKS
    assert "inductive bias" not in tasks, tasks


def test_extract_tasks_based_on_modifiers_and_vague_adjectives_are_dropped():
    # "DRL-based control": the leading "X-based" names the means; "state-of-the-art" is no
    # modifier of a task.
    abstract = ("We study grasp detection for robots. A DRL-based control switch combines "
                "state-of-the-art navigation planners. Grasp detection is hard.")
    tasks = [t.lower() for t in _tasks("Multiview-based 6-DoF Grasp Detection", abstract)]
    assert tasks[0] == "6-dof grasp detection", tasks
    assert not any("based" in t or "state-of-the-art" in t for t in tasks), tasks
    tasks = [t.lower() for t in _tasks("A DRL-based Control Switch Combining State-of-the-art "
                                       "Navigation Planners", abstract)]
    assert not any("based" in t or "state-of-the-art" in t for t in tasks), tasks


@pytest.mark.parametrize("title, abstract, task", [
    ("Fast Zorb Traversability Estimation for Wild Navigation",
     "We estimate zorb traversability fast. Zorb traversability estimation runs online.",
     "zorb traversability estimation"),
    ("Zorb Maps for Mobile Robots",
     "Our method achieves accurate zorb localization. Zorb localization runs in real time.",
     "zorb localization"),
])
def test_extract_tasks_a_claimed_quality_is_not_part_of_the_task(title, abstract, task):
    tasks = [t.lower() for t in _tasks(title, abstract)]
    assert task in tasks, tasks
    assert not any(t.split()[0] in ("fast", "accurate") for t in tasks), tasks


def test_extract_tasks_a_negated_phrase_is_no_task():
    tasks = [t.lower() for t in _tasks("Free Zorb Synthesis", "We synthesize zorbs from free "
                                       "viewpoints with no fine-tuning. No fine-tuning is needed.")]
    assert not any(t.startswith("no ") for t in tasks), tasks


def test_extract_tasks_phrase_after_a_problem_cue_is_a_candidate():
    # One mention of a phrase with no task head counts when a cue names it the paper's problem.
    assert "rotor balancing" in _tasks("A Study", "We propose a framework for rotor balancing. "
                                                  "It runs fast.")
    assert "kettle scheduling" in _tasks("A Study", "This paper studies the problem of kettle "
                                                    "scheduling in kitchens.")
    # Without the cue the same single mention stays below the threshold.
    assert "rotor balancing" not in _tasks("A Study", "Rotor balancing matters. It runs fast.")
    # The 'and' that continues the cue phrase: "a framework for X and Y".
    tasks = _tasks("A Study", "We present a novel framework for global localization and guided "
                              "relocalization of a vehicle.")
    assert "guided relocalization" in tasks and "global localization" in tasks


def test_extract_tasks_cue_phrase_stops_at_adverbs_participles_and_generic_nouns():
    tasks = [t.lower() for t in _tasks("A Study", "We investigate the problem of modular robots "
                                                  "based on cheap parts. We propose a method "
                                                  "for newly conceived arms.")]
    assert "modular robots" in tasks, tasks
    assert not any("based" in t or "newly" in t or t == "problem" for t in tasks), tasks


def test_extract_tasks_title_chunk_may_miss_one_word_of_the_abstract():
    # A three-word title chunk counts when the abstract echoes all but one of its words; a
    # two-word chunk needs all of them.
    abstract = "We refine depth maps iteratively with a local method. Depth maps improve."
    tasks = [t.lower() for t in _tasks("A Method for Iterative Depth-Map Refinement", abstract)]
    assert "iterative depth-map refinement" in tasks, tasks
    assert "reality check" not in [t.lower() for t in _tasks(
        "Depth Maps: A Reality Check", "We study depth maps. Reality matters.")]


def test_extract_tasks_title_chunk_with_an_adverb_is_not_a_task():
    abstract = ("We study curriculum learning for agents in continuously parameterized "
                "environments. Curriculum learning helps.")
    tasks = [t.lower() for t in _tasks(
        "Curriculum Learning in Continuously Parameterized Environments", abstract)]
    assert "curriculum learning" in tasks
    assert not any("continuously" in t for t in tasks), tasks


def test_extract_tasks_title_verb_phrase_is_written_as_a_task_noun_phrase():
    abstract = "We segment images by grouping features into objects. The images show scenes."
    tasks = [t.lower() for t in _tasks("Learning to Segment Images Using Phase Binding",
                                       abstract)]
    assert tasks[0] == "image segmentation", tasks
    assert "segment images" not in tasks
    abstract = "We find strategies that are resilient. Resilient strategies win games."
    assert "resilient strategy synthesis" in _tasks(
        "Synthesizing Resilient Strategies for Games", abstract)
    # "Learning X" only when X is what learning produces, not the means.
    abstract = "We learn term embeddings for taxonomies. Antidote data helps term embeddings."
    assert "term embedding learning" in _tasks("Learning Term Embeddings for Taxonomies", abstract)
    assert "antidote data learning" not in _tasks("Learning Antidote Data to Taxonomies", abstract)


def test_extract_tasks_phrase_after_a_verb_of_use_is_the_means():
    tasks = _tasks("A Study", "Our model is trained via transfer learning from weather data. We "
                              "study crop yield forecasting. Crop yield forecasting is hard.")
    assert "crop yield forecasting" in tasks
    assert "transfer learning" not in tasks, tasks
    # A leading verb of use inside a longer phrase: its tail is the means too.
    used, _ = score_candidates("A Study", "Our model uses transfer learning.", load_lexicon(),
                               set())
    studied, _ = score_candidates("A Study", "Our model targets transfer learning.",
                                  load_lexicon(), set())
    assert used["transfer learning"] < studied["transfer learning"] / 2, (used, studied)
    # "applied to X", "used for X": X is what the means serve.
    tasks = _tasks("A Study", "Our sampler is applied to text classification.")
    assert "text classification" in tasks, tasks


def test_extract_tasks_cue_verbs_of_a_setting_are_not_cues():
    # "we study X" names the problem; "we consider X" / "we explore X" often a setting.
    assert "heat pump tuning" in [t.lower() for t in _tasks(
        "A Study", "We study heat pump tuning under noise.")]
    tasks = [t.lower() for t in _tasks("A Study", "We consider a weak smoothness assumption. We "
                                                  "explore fluidic transmissions.")]
    assert not any("assumption" in t or "transmissions" in t for t in tasks), tasks


def test_extract_tasks_early_is_an_adjective_not_an_adverb():
    assert "sepsis early prediction" in _tasks("A Study", "We study the task of sepsis early "
                                                          "prediction in wards.")


def test_extract_tasks_tail_of_a_field_is_not_a_task():
    tasks = [t.lower() for t in _tasks("A Study", "Label noise hurts classifiers across vision "
                                                  "and natural language processing tasks.")]
    assert "language processing" not in tasks, tasks


def test_extract_tasks_object_of_an_opening_verb_with_a_purpose_is_the_means():
    title = "Fusing Thermal Kernels and Sparse Lattices for Crop Yield Forecasting"
    abstract = ("Crop yield forecasting matters to farmers. We fuse thermal kernels with sparse "
                "lattices and show better crop yield forecasting on two regions.")
    tasks = [t.lower() for t in _tasks(title, abstract)]
    assert tasks[0] == "crop yield forecasting"
    assert "thermal kernels" not in tasks and "sparse lattices" not in tasks


def test_extract_tasks_equal_scores_prefer_the_shorter_phrase():
    # Every mention of "orchard canopy segmentation" is also one of its tail "canopy
    # segmentation": equal scores, and the shorter phrase is the one a curator writes.
    abstract = ("Noisy orchard canopy segmentation is hard. On three farms, we improve noisy "
                "orchard canopy segmentation by four points.")
    assert _tasks("Orchard Report 2024", abstract) == ["canopy segmentation"]


def test_extract_tasks_data_spaces_and_hardware_are_not_tasks():
    title = "Kelp Forest Counting from Sonar Point Clouds and Drone Cameras"
    abstract = ("Sonar point clouds and drone cameras give sparse views of the sea floor. We "
                "count kelp forests from sonar point clouds in a learned hyperbolic space, and "
                "the hyperbolic space keeps kelp forest counting stable.")
    tasks = [t.lower() for t in _tasks(title, abstract)]
    assert "kelp forest counting" in tasks
    assert not any(t.endswith(("point clouds", "cameras", "hyperbolic space")) for t in tasks)


def test_extract_tasks_title_activity_of_an_object_names_the_task_with_the_object_first():
    tasks = _tasks("Calibration of Tidal Gauges in Shallow Estuaries",
                   "We calibrate tidal gauges. Each gauge drifts with tide and salt.")
    assert tasks[0] == "tidal gauge calibration", tasks
    scores, _ = score_candidates("Detection and Tracking of Hedgehog Burrows",
                                 "Hedgehog burrows are hard to find; we count each burrow.",
                                 load_lexicon(), set())
    assert {"hedgehog burrow detection", "hedgehog burrow tracking"} <= set(scores), scores


def test_extract_tasks_title_activity_of_a_coined_name_is_no_task():
    assert not any("zephyrbot" in t.lower() for t in _tasks(
        "Design of the ZephyrBot", "The ZephyrBot is a robot. We design the ZephyrBot."))


def test_extract_tasks_title_activity_with_an_object_is_not_a_task_alone():
    tasks = _tasks("Fast Maximization of Widget Functions",
                   "Widget functions are everywhere; each widget function is monotone.")
    assert "widget function maximization" in tasks, tasks
    assert "fast maximization" not in tasks, tasks


def test_extract_tasks_title_lone_activity_after_and_shares_the_modifiers_before():
    tasks = _tasks("Moss Detection and Segmentation in Forest Photos",
                   "We study moss detection in forests with photos.")
    assert "moss segmentation" in tasks, tasks


@pytest.mark.parametrize("title, junk", [
    ("Is Zorbnet Capable of In-Context Learning?", "zorbnet capable"),
    ("Restoring an Image Taken through a Window Covered with Dirt", "image taken"),
])
def test_extract_tasks_title_chunk_cut_short_at_an_adjective_is_not_a_task(title, junk):
    tasks = _tasks(title, "Zorbnet is capable of many things. We study zorbs in images and windows. "
                   "Zorbnet images are taken often.")
    assert junk not in tasks, tasks


def test_extract_tasks_title_without_slot_is_not_a_task():
    tasks = _tasks("Lichen Mapping without Ground Surveys",
                   "We map lichen from satellites. Ground surveys are costly; lichen mapping "
                   "matters.")
    assert "lichen mapping" in tasks
    assert "ground surveys" not in tasks, tasks


def test_extract_tasks_title_activity_nouns_head_a_title_phrase():
    scores, _ = score_candidates("Greenhouse Pollen Sensing: A Field Study",
                                 "We study pollen in greenhouse air with sensing units.",
                                 load_lexicon(), set())
    assert scores["greenhouse pollen sensing"] >= 3.0, scores


def test_extract_tasks_one_clear_task_is_completed_by_a_task_named_once():
    abstract = "We study kelp segmentation. Kelp segmentation is hard. Our model also supports "
    assert _tasks("Kelp Segmentation from Aerial Images", abstract + "kelp tracking.") == [
        "kelp segmentation", "kelp tracking"]
    # an evaluative first word is no task modifier
    assert _tasks("Kelp Segmentation from Aerial Images", abstract + "remarkable tracking.") == [
        "kelp segmentation"]
    # no clear task: the best phrase named once is still the paper's task
    assert _tasks("Kelp Notes From a Long Field Season",
                  "We spent a season at sea. Our model also supports kelp tracking.") == [
        "kelp tracking"]
    # ... but not a clause piece of four words
    assert _tasks("Kelp Notes From a Long Field Season",
                  "We spent a season at sea. Kelp results call attention.") == []


def test_extract_tasks_a_phrase_cut_from_a_clause_does_not_complete_the_list():
    abstract = "We study kelp segmentation. Kelp segmentation is hard. Our model also supports "
    for tail in ("whole tracking.", "experimental evaluation.", "high prediction.", "low tracking."):
        assert _tasks("Kelp Segmentation from Aerial Images", abstract + tail) == [
            "kelp segmentation"], tail


def test_extract_tasks_words_before_problem_name_it():
    tasks = _tasks("On Gizmo Arrays", "This paper studies the optimal widget placement problem for "
                   "gizmo arrays. An open problem remains.")
    assert "optimal widget placement" in tasks
    assert not any("open" in t for t in tasks)


def test_extract_tasks_problem_phrase_needs_a_determiner_and_no_evaluative_word():
    tasks = _tasks("On Gizmo Arrays", "Sensor noise causes problems. We study the hard widget "
                   "problem of gizmo arrays.")
    assert not any("causes" in t or "hard" in t for t in tasks)


def test_extract_tasks_robotics_activity_heads():
    assert _tasks("Quadruped Locomotion over Rubble Fields",
                  "We present a controller for quadruped locomotion on rubble fields.")[:1] == [
        "quadruped locomotion"]
    tasks = _tasks("Sonar Mapping of Flooded Tunnels", "We build a visual SLAM pipeline for "
                   "flooded tunnels; visual SLAM drifts less with sonar.")
    assert "visual SLAM" in tasks


def test_extract_tasks_title_chunk_ends_before_its_participle():
    assert _tasks("A Soft Fingertip Embedded with a Force Sensor",
                  "The soft fingertip carries a force sensor.") == ["soft fingertip"]
    tasks = _tasks("Robotized Inspection of the Hull Surface Based on Ultrasound",
                   "The hull surface is scanned with ultrasound.")
    assert "hull surface" in tasks and "hull surface based" not in tasks


def test_extract_tasks_learning_opens_a_phrase_as_a_verb():
    tasks = _tasks("Learning Slope-Aware Terrain Assessment for Lunar Rovers",
                   "Lunar rovers assess terrain with slope-aware cues.")
    assert tasks[0] == "slope-aware terrain assessment"


def test_extract_tasks_read_pdf_text_as_the_reader_cleans_it():
    # the reader closes PDF spacing and soft hyphens once (kg.read.text); the phrase rules,
    # which join words across one space, then see whole words
    abstract = clean_abstract("We  study  gizmo  classification  for  gizmo  classification  contests. "
                              "Sprocket de(cid:173) tection helps; sprocket  de(cid:173) tection  is  fast.")
    spans = rank_tasks("On Gizmos", abstract, load_lexicon(), set())
    assert {"gizmo classification", "sprocket detection"} <= {s.text for s in spans}


@pytest.mark.parametrize("title", ["Reticulating Gizmo Splines", "The Sprocket Oracle",
                                   "Generalized-GZP", "On Gizmo Splines"])
def test_extract_tasks_short_title_that_is_a_verb_phrase_or_a_name_is_no_task(title):
    assert title.lower() not in [t.lower() for t in _tasks(title, "Gizmo splines and sprockets.")]
    assert _tasks("", "We study gizmo spline reticulation and gizmo spline reticulation.")


def test_extract_tasks_cue_phrase_naming_a_setting_is_no_task():
    tasks = _tasks("Gizmo Alignment", "We propose a framework for sprocket applications. We "
                   "propose a method for gizmo alignment in widget environments.")
    assert tasks == ["gizmo alignment"]


def test_extract_tasks_hyphenated_adjective_before_an_activity_of_an_object():
    tasks = _tasks("Data-Driven Calibration of Gizmo Lattices", "We calibrate gizmo lattices from data.")
    assert tasks[0] == "gizmo lattice calibration"


def test_extract_tasks_subject_called_a_problem_is_a_task():
    abstract = ("Sock pairing under clutter is a challenging problem for household robots. "
                "We build a gripper and test it at home.")
    assert "sock pairing" in [t.lower() for t in _tasks("Zorblax: A Gripper", abstract)]


def _subjects(abstract: str) -> list[str]:
    trace: dict[str, list[str]] = {}
    score_candidates("Zorblax", abstract, load_lexicon(), set(), trace)
    return [key for key, rules in trace.items() if any(r.startswith("a-subject") for r in rules)]


def test_extract_tasks_subject_stops_at_auxiliary_and_splits_two_tasks():
    abstract = ("Kelp counting has long been an open problem. Reef mapping and diver tracking "
                "are a hard task. We present Zorblax.")
    assert sorted(_subjects(abstract)) == ["diver tracking", "kelp counting", "reef mapping"]


def test_extract_tasks_subject_must_be_a_noun_phrase():
    abstract = ("Counting kelp is a challenging problem. There are many open issues. "
                "This problem is a hard task.")
    assert _subjects(abstract) == []


@pytest.mark.parametrize("title", [
    "Learning to Juggle with Flexible Arms",
    "Stable Embeddings for Learning to Juggle",
])
def test_extract_tasks_learning_to_verb_without_object(title):
    abstract = "Robots juggle badly. We let them practise juggling balls."
    assert "learning to juggle" in _tasks(title, abstract)


def test_extract_tasks_praised_activity_of_object():
    abstract = "We compute the volume of zonotopes quickly with a new sampler."
    assert "volume computation" in _tasks("Efficient Computation of the Volume of a Zonotope",
                                           abstract)


def test_extract_tasks_comma_list_of_activities_first_named_first():
    abstract = "A soft gripper is designed, controlled and evaluated on fruit."
    tasks = _tasks("Design, Control, and Evaluation of a Soft Gripper", abstract)
    assert tasks[0] == "soft gripper design"


def test_extract_tasks_title_means_heads_are_not_tasks():
    abstract = "We propose a quasi-Bayesian particle filter and use it for kelp mapping at sea."
    tasks = _tasks("A Quasi-Bayesian Particle Filter for Kelp Mapping", abstract)
    assert "kelp mapping" in tasks
    assert not any(t.endswith("filter") for t in tasks)







def test_extract_tasks_cue_phrase_stops_at_a_participle_or_verb():
    abstract = ("We study the problem of a snorg robot maximizing its reward. The approach for "
                "mesh structure describes the body.")
    keys = score_candidates("Snorg Robots", abstract, load_lexicon(), set())[0]
    assert "snorg robot maximizing" not in keys
    assert "mesh structure describes" not in keys


@pytest.mark.parametrize("abstract, clause_piece", [
    # a word an article follows is a verb
    ("Developing methods for snorg disaggregation presents a key challenge.",
     "snorg disaggregation presents"),
    # an adverb or a conjunction ends the phrase
    ("Existing methods for network snorgs often parameterize the graph.", "network snorgs often"),
    ("The approach for formal snorg representation but also for reasoning helps.",
     "formal snorg representation but"),
    # a contraction is a verb; a dash is no hyphen
    ("We address the snorg problem hasn't been solved.", "snorg problem hasn"),
    ("We address learning overcomplete snorgs---those with many states.", "learning overcomplete snorgs-"),
])
def test_extract_tasks_cue_phrase_stops_at_a_verb_adverb_or_conjunction(abstract, clause_piece):
    keys = score_candidates("Snorg Robots", abstract, load_lexicon(), set())[0]
    assert not any(k.startswith(clause_piece) for k in keys), keys


def test_extract_tasks_a_quantifier_opens_no_task():
    got = _tasks("Volumetric Zorbers: an Efficient Exploration Basis for Learning",
                 "Efficient exploration is a key problem in numerous machine learning tasks. We "
                 "propose zorbers, which explore efficiently.")
    assert not any(t.split()[0] in ("numerous", "several", "various", "many") for t in got), got


def test_extract_tasks_cue_phrase_names_no_attribute():
    abstract = ("We address the computational cost of flurble search and the particular "
                "configuration.")
    keys = score_candidates("Flurbles", abstract, load_lexicon(), set())[0]
    assert "computational cost" not in keys
    assert "particular configuration" not in keys


@pytest.mark.parametrize("abstract, not_task", [
    # whom or what a method serves
    ("The Zorbfit package offers a user-friendly solution for NLP practitioners.",
     "nlp practitioners"),
    ("We present a metric localization method for the monocular camera, using zorb maps.",
     "monocular camera"),
    # how much of something it is given
    ("Scaling laws forecast the performance of a network for a desired level of compute.",
     "desired level"),
    ("The attribution method for a given input ranks the zorb features.", "given input"),
    # a verb after "and" starts a clause whose subject is left out
    ("We integrate our module into two architectures for zorb restoration and conduct "
     "experiments on three data sets.", "conduct experiments"),
])
def test_extract_tasks_cue_phrase_names_no_user_device_or_clause(abstract, not_task):
    keys = score_candidates("Zorbing", abstract, load_lexicon(), set())[0]
    assert not_task not in keys, keys


def test_extract_tasks_broad_field_only_in_abstract_is_the_setting():
    abstract = ("We train a blim policy with reinforcement learning. Reinforcement learning "
                "makes the blim walk.")
    assert "reinforcement learning" not in _tasks("Blim Walking on Sand", abstract)


# A task noun speaks for the whole list it closes or opens (invented task names).
_LIST_TITLE = "Zelkova: A Compact Recurrent Encoder"


def test_extract_tasks_task_noun_after_a_list_marks_every_member():
    abstract = ("We present Zelkova, a compact recurrent encoder. We evaluate it on glyph "
                "spotting, rune parsing and sigil detection tasks.")
    tasks = _tasks(_LIST_TITLE, abstract, proposed={"zelkova"})
    assert {"glyph spotting", "rune parsing", "sigil detection"} <= set(tasks)


def test_extract_tasks_task_list_after_a_colon_marks_every_member():
    abstract = ("We present Zelkova, a compact recurrent encoder. Zelkova handles three tasks: "
                "glyph spotting, rune parsing, and sigil detection.")
    tasks = _tasks(_LIST_TITLE, abstract, proposed={"zelkova"})
    assert {"glyph spotting", "rune parsing", "sigil detection"} <= set(tasks)


def test_extract_tasks_task_list_keeps_a_lone_activity_noun_but_not_a_vague_one():
    abstract = ("We present Zelkova, a compact recurrent encoder. We apply it to captioning, "
                "prediction and glyph spotting tasks.")
    tasks = _tasks(_LIST_TITLE, abstract, proposed={"zelkova"})
    assert "captioning" in tasks and "glyph spotting" in tasks
    assert "prediction" not in tasks


def test_extract_tasks_list_needs_a_conjunction_and_own_work():
    unclosed = ("We present Zelkova, a compact recurrent encoder. Its glyph spotting, "
                "rune parsing tasks are left open.")
    assert "glyph spotting" not in _tasks(_LIST_TITLE, unclosed, proposed={"zelkova"})
    examples = ("Encoders serve tasks such as glyph spotting, rune parsing and sigil detection. "
                "We present Zelkova, a compact recurrent encoder.")
    assert "glyph spotting" not in _tasks(_LIST_TITLE, examples, proposed={"zelkova"})


def test_extract_tasks_relative_clause_ends_an_activity_phrase():
    abstract = ("We present Zelkova, a compact recurrent encoder. We address the problems of "
                "glyph ordering and rune naming which make decoding hard.")
    assert "rune naming" in _tasks(_LIST_TITLE, abstract, proposed={"zelkova"})


def test_extract_tasks_evaluation_list_marks_every_member():
    abstract = ("We present Zelkova, a compact recurrent encoder. Experiments on glyph spotting "
                "and rune parsing show that it is accurate.")
    tasks = _tasks(_LIST_TITLE, abstract, proposed={"zelkova"})
    assert {"glyph spotting", "rune parsing"} <= set(tasks)


def test_extract_tasks_properties_and_results_are_no_tasks():
    tasks = _tasks("On the Convergence Properties of Blorp Descent",
                   "We study the convergence properties of blorp descent and its statistical "
                   "properties in sparse regimes.")
    assert not [t for t in tasks if t.endswith("properties")], tasks


def test_extract_tasks_never_start_with_the_rest_of_an_x_based_modifier():
    tasks = _tasks("Zorplex Based Joint Quibble Selection and Depthmap Estimation",
                   "We propose a multi-view depthmap estimation approach for robots.")
    assert tasks and not [t for t in tasks if t.startswith("based ")], tasks


@pytest.mark.parametrize("title, abstract, piece", [
    ("Hierarchical Phrase-Based Zorb-to-Zorb Learning",
     "We use zorb phrases as a source of inductive bias during training and as explicit "
     "constraints during inference. Decoding is done with a pruned parser, which can make use of "
     "new zorb rules during inference.", "during inference"),
])
def test_a_piece_of_a_clause_is_no_task(title, abstract, piece):
    assert piece not in [t.lower() for t in _tasks(title, abstract)]


def test_extract_tasks_what_a_method_has_is_no_task():
    # "computational efficiency" and "regression performance" are qualities of a method, not the
    # problem it addresses
    tasks = _tasks("Improving Computational Efficiency for Zorb Path Planning",
                   "We study computational efficiency in zorb path planning. Our planner improves "
                   "computational efficiency and regression performance.")
    assert "computational efficiency" not in tasks and "regression performance" not in tasks
    assert "zorb path planning" in tasks or "path planning" in tasks


def test_extract_tasks_a_short_list_is_filled_to_three_with_phrases_mentioned_once():
    # one clear task; "video editing" and "binary segmentation" are each mentioned once
    tasks = _tasks("ZorbRNN: Instance Level Video Object Segmentation",
                   "Instance level video object segmentation is an important technique for video "
                   "editing and compression. We develop ZorbRNN, a recurrent approach which fuses "
                   "in each frame the output of two deep nets - a binary segmentation net providing "
                   "a mask and a localization net providing a box. We validate it on three "
                   "benchmark datasets.", proposed={"ZorbRNN"})
    assert tasks == ["video object segmentation", "video editing", "binary segmentation"], tasks


def test_extract_tasks_cue_phrase_stops_at_the_verb_of_its_clause():
    # "... for open-domain QA focuses on ...": the verb after the phrase is no part of the task
    got = _tasks("A Hybrid Approach", "To date, most recent work under the reader framework for "
                 "open-domain ZQA focuses on either extractive or generative readers.")
    assert got and not any(t.split()[-1] == "focuses" for t in got), got


@pytest.mark.parametrize("title, abstract, verb", [
    ("Zorb Supervision for Policy Generation",
     "Our results show that our training method for zorb generation produces much higher quality "
     "translations.", "produces"),
    ("Latent Zorb Inference for Bundle Pricing from Retail Data",
     "Optimal bundle pricing requires learning the joint distribution of valuations.", "requires"),
    ("Zorb Structure Enables Offline Zorb Optimization", "We study zorb optimization.", "enables"),
    ("Zorb Optimization", "The latest progress with zorb optimization methods for black-box "
     "functions demonstrates that zorb applications can be optimized.", "demonstrates"),
    # a relative pronoun or "versus" ends it too
    ("Zorb Detection", "We study sampling whose complexity scales with the dimension.", "whose"),
    ("Exploration vs Exploitation vs Safety: Zorb Bandits", "We study zorb bandits.", "vs"),
])
def test_extract_tasks_a_verb_of_a_claim_ends_the_phrase(title, abstract, verb):
    # "method for action generation produces much higher quality": the claim is no task's name
    got = _tasks(title, abstract)
    assert got and not any(verb in t.lower().split() for t in got), got
