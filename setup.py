"""The one thing pyproject.toml cannot say: ship the top-level prompts/ folder as tactful/prompts."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("server"), "tactful.prompts"],
    package_dir={"": "server", "tactful.prompts": "prompts"},
)
