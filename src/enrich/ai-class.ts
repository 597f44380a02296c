// What a posting's mention of AI means, so "AI demand" can be shown honestly:
// building AI/LLM systems, using AI tools to write code, or a generic mention
// ("our AI-powered platform") that asks nothing of the engineer.
// The text checks look only around the AI words themselves, which are rare,
// instead of running a many-alternative pattern over the whole posting.
import type { AiClass } from '../domain.js';
import type { Cues } from '../skills/cue-words.js';
import { findCues } from '../skills/cues.js';

/** Skills whose presence means the job builds AI/ML systems. */
const BUILDING_SKILLS = new Set(
  'llm generative-ai rag mcp langchain llamaindex vector-database pytorch tensorflow openai-api anthropic-api mlops machine-learning deep-learning nlp computer-vision huggingface fine-tuning prompt-engineering ai-agents embeddings pinecone pgvector weaviate vllm mlflow kubeflow sagemaker vertex-ai bedrock scikit-learn'.split(
    ' ',
  ),
);
const USING_SKILLS = new Set(['ai-assisted-coding']);

/** Read at each AI cue (sticky), to get the word itself. */
const AI_WORD =
  /\b(?:ai|a\.i\.|artificial intelligence|genai|machine learning|ml|llms?|agentic|coding assistants?)\b/iy;
const BUILD_BEFORE =
  /\b(?:build(?:ing)?|develop(?:ing)?|ship(?:ping)?|design(?:ing)?|train(?:ing)?|deploy(?:ing)?|integrat(?:e|ing))\s+(?:(?:our|the|new|production|scalable|reliable)\s+)?$/i;
const BUILD_AFTER =
  /^[- ](?:features?|systems?|products?|agents?|models?|pipelines?|infrastructure|platform|services?|applications?|apps?|workflows?|engineer(?:ing)?|research)\b/i;
const USE_BEFORE =
  /\b(?:use|using|leverage|leveraging|comfortable with|embrace|embracing)\s+(?:of\s+)?(?:modern\s+)?$/i;
const USE_AFTER =
  /^[- ](?:assisted|powered)?[- ]?(?:coding|development tools|tools?|assistants?|pair[- ]programm(?:er|ing))\b/i;

export function aiClassOf(skillIds: readonly string[], text: string, cues: Cues = findCues(text)): AiClass | null {
  if (skillIds.some((id) => BUILDING_SKILLS.has(id))) return 'building';
  let using = skillIds.some((id) => USING_SKILLS.has(id));
  let mentioned = false;
  for (const at of cues.ai) {
    AI_WORD.lastIndex = at;
    const m = AI_WORD.exec(text);
    if (!m || m.index !== at) continue;
    mentioned = true;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (BUILD_BEFORE.test(before) && BUILD_AFTER.test(after)) return 'building';
    if (/^ai$/i.test(m[0]) && /^ (?:engineer|infrastructure|platform|research)\b/i.test(after)) return 'building';
    if (
      /^coding assistant/i.test(m[0]) ||
      USE_AFTER.test(after) ||
      (USE_BEFORE.test(before) && /^ (?:tools|assistants)\b/i.test(after))
    ) {
      using = true;
    }
  }
  if (using) return 'using';
  return mentioned ? 'generic' : null;
}
