"""The environment variables that would send a test to a real provider; tests that start the CLI or other
processes remove them."""

PROVIDER_KEYS = (
    "ANTHROPIC_API_KEY",
    "OPENROUTER_API_KEY",
    "OPENAI_API_KEY",
    "FAL_KEY",
    "ELEVEN_LABS_API_KEY",
    "ELEVENLABS_API_KEY",
    "PPR_VIDEO_MODEL",
)
