import SkepticUI
