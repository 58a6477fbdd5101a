from django.urls import path

from live import partners, views

app_name = "live"
urlpatterns = [
    path("live/", views.home, name="home"),
    path("live/profile/", views.edit_profile, name="profile_edit"),
    path("live/teachers/<int:pk>/", views.profile_detail, name="profile"),
    path("live/teachers/<int:pk>/photo/", views.photo, name="photo"),
    path("live/partners/", partners.find_partners, name="partners"),
]
