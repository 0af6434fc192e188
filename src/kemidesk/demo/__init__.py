"""Fictional demo data, made through the services on dates the generator steps through."""

from kemidesk.demo.generator import DemoScale, DemoSummary, database_has_data, generate_demo

__all__ = ["DemoScale", "DemoSummary", "database_has_data", "generate_demo"]
