"""Qt item models over the domain tree: the tree model, the search index and the view proxy."""
from .search import SearchIndex, fold, match_span
from .tree_model import Column, UnitRole, UnitTreeModel
from .unit_proxy import UnitProxyModel

__all__ = ["Column", "SearchIndex", "UnitProxyModel", "UnitRole", "UnitTreeModel", "fold",
           "match_span"]
